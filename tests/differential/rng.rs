//! The generator's source of randomness: SplitMix64, seeded per program.
//!
//! A program is a pure function of its seed, on every machine and Rust version, so a seed
//! printed by a campaign regenerates the same program anywhere. (proptest's runner would
//! choose its own sequence of cases; here a case is named by one number.)

/// SplitMix64 (Steele, Lea and Flood): small, fast and good enough to pick statements.
pub struct Rng {
    state: u64,
}

impl Rng {
    /// The generator for program `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng {
            state: seed ^ 0x5DEE_CE66_D1CE_F00D,
        }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn range(&mut self, low: i64, high: i64) -> i64 {
        let span = (high - low) as u64 + 1;
        low + (self.next_u64() % span) as i64
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    /// One of `items`, uniformly.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// The index of one of `weights`, each chosen in proportion to its weight.
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut ticket = self.below(total as usize) as u32;
        for (index, &weight) in weights.iter().enumerate() {
            if ticket < weight {
                return index;
            }
            ticket -= weight;
        }
        weights.len() - 1
    }
}

#[test]
fn the_same_seed_gives_the_same_numbers() {
    let first: Vec<u64> = (0..4).map(|_| Rng::new(7).next_u64()).collect();
    assert!(first.windows(2).all(|pair| pair[0] == pair[1]));
    let mut rng = Rng::new(7);
    assert_ne!(rng.next_u64(), rng.next_u64());
}
