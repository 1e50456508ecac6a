//! CPython's `hash()` of the values viewfinder hashes, bit for bit (CPython 3.11, 64-bit).
//!
//! A set's table puts each element where its hash says, so its iteration order is the order
//! of these numbers modulo the table size: they must be CPython's own. Ints reduce modulo the
//! Mersenne prime `2**61 - 1` (`Python/pyhash.c`), floats by `_Py_HashDouble` (so `hash(1.0)
//! == hash(1)`), tuples by 3.11's xxHash-style `tuplehash`, frozensets by `frozenset_hash`.
//! `str` and `bytes` hashes are salted per process (`PYTHONHASHSEED`) and `None`'s is its
//! address: those have no hash here ([`python_hash`] says `None`).

use super::HashKey;

/// `_PyHASH_BITS`: hashes of numbers live modulo `2**61 - 1`.
const HASH_BITS: u32 = 61;

/// `_PyHASH_MODULUS`, the Mersenne prime `2**61 - 1`.
const MODULUS: u64 = (1 << HASH_BITS) - 1;

/// `_PyHASH_INF`: the hash of `float('inf')`.
const HASH_INF: i64 = 314_159;

/// CPython's `hash()` of the key, or `None` when CPython's changes from run to run (a
/// `str`, `bytes` or `None` anywhere inside).
pub fn python_hash(key: &HashKey) -> Option<i64> {
    match key {
        HashKey::Int(i) => Some(int_hash(*i)),
        HashKey::Float(bits) => Some(float_hash(f64::from_bits(*bits))),
        HashKey::Tuple(items) => tuple_hash(items),
        HashKey::FrozenSet(items) => frozenset_hash(items),
        HashKey::None | HashKey::Str(_) | HashKey::Bytes(_) => None,
    }
}

/// `long_hash`: the int's residue modulo `2**61 - 1`, with the sign of the int, and `-1`
/// (CPython's error value) made `-2`.
pub fn int_hash(value: i128) -> i64 {
    let residue = (value.unsigned_abs() % MODULUS as u128) as i64;
    let hash = if value < 0 { -residue } else { residue };
    if hash == -1 { -2 } else { hash }
}

/// `_Py_HashDouble` of a finite or infinite float (NaN's hash is its address: never asked).
pub fn float_hash(value: f64) -> i64 {
    if value.is_infinite() {
        return if value > 0.0 { HASH_INF } else { -HASH_INF };
    }
    let (mut mantissa, mut exponent) = frexp(value);
    let negative = mantissa < 0.0;
    mantissa = mantissa.abs();
    let mut x: u64 = 0;
    while mantissa != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (HASH_BITS - 28);
        mantissa *= 268_435_456.0;
        exponent -= 28;
        let whole = mantissa as u64;
        mantissa -= whole as f64;
        x += whole;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let bits = HASH_BITS as i32;
    let exponent = match exponent >= 0 {
        true => exponent % bits,
        false => bits - 1 - ((-1 - exponent) % bits),
    } as u32;
    x = ((x << exponent) & MODULUS) | x >> (HASH_BITS - exponent);
    if negative {
        x = x.wrapping_neg();
    }
    if x == u64::MAX { -2 } else { x as i64 }
}

/// C's `frexp`: `value = mantissa * 2**exponent` with `0.5 <= |mantissa| < 1` (zero stays
/// zero).
fn frexp(value: f64) -> (f64, i32) {
    if value == 0.0 || !value.is_finite() {
        return (value, 0);
    }
    let bits = value.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    if biased == 0 {
        let (mantissa, exponent) = frexp(value * 2f64.powi(64));
        return (mantissa, exponent - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, biased - 1022)
}

/// 3.11's `tuplehash`, an xxHash-like mix of the items' hashes.
fn tuple_hash(items: &[HashKey]) -> Option<i64> {
    const PRIME_1: u64 = 11_400_714_785_074_694_791;
    const PRIME_2: u64 = 14_029_467_366_897_019_727;
    const PRIME_5: u64 = 2_870_177_450_012_600_261;
    let mut acc = PRIME_5;
    for item in items {
        let lane = python_hash(item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (PRIME_5 ^ 3_527_539));
    Some(if acc == u64::MAX {
        1_546_275_796
    } else {
        acc as i64
    })
}

/// `frozenset_hash`: the xor of each element's shuffled hash (so the order of the table does
/// not matter), mixed with the size.
fn frozenset_hash(items: &[HashKey]) -> Option<i64> {
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for item in items {
        hash ^= shuffle(python_hash(item)? as u64);
    }
    hash ^= (items.len() as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    Some(if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_ints_hash_to_themselves_and_minus_one_is_reserved() {
        assert_eq!(int_hash(5), 5);
        assert_eq!(int_hash(-5), -5);
        assert_eq!(int_hash(-1), -2);
        assert_eq!(int_hash(MODULUS as i128), 0);
        assert_eq!(int_hash(MODULUS as i128 + 3), 3);
    }

    #[test]
    fn whole_floats_hash_as_the_ints_they_equal() {
        for value in [0i64, 1, -1, 7, -123_456, 1 << 40, i64::MAX / 3] {
            assert_eq!(float_hash(value as f64), int_hash(value as f64 as i128));
        }
        assert_eq!(float_hash(f64::INFINITY), HASH_INF);
        assert_eq!(float_hash(-0.0), 0);
    }

    #[test]
    fn a_float_and_its_negation_hash_to_negations() {
        let h = float_hash(0.1);
        assert_eq!(float_hash(-0.1), -h);
        assert_ne!(h, float_hash(0.2));
        let tiny = f64::from_bits(1);
        assert_eq!(frexp(tiny).0, 0.5);
    }

    #[test]
    fn containers_of_unsalted_values_have_hashes_and_salted_ones_do_not() {
        let pair = HashKey::Tuple(vec![HashKey::Int(1), HashKey::Int(2)].into());
        assert!(python_hash(&pair).is_some());
        let named = HashKey::Tuple(vec![HashKey::Str("a".into())].into());
        assert_eq!(python_hash(&named), None);
        let set = HashKey::FrozenSet(vec![HashKey::Int(2), HashKey::Int(1)].into());
        assert!(python_hash(&set).is_some());
    }
}
