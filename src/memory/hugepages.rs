//! Asking the kernel for huge pages under big buffers, as NumPy does.
//!
//! A 10-million-element array is 80 MB: 20,000 ordinary 4 KiB pages, each of which faults and
//! is zeroed the first time it is touched. NumPy marks every allocation of 4 MiB or more with
//! `madvise(MADV_HUGEPAGE)`, so that on Linux (where transparent huge pages are usually on
//! "madvise") the same array takes 40 faults of 2 MiB pages. viewfinder does the same, so that
//! filling a big array costs what it costs NumPy. It is only advice: nothing changes but speed,
//! and where the call does not exist or fails, nothing happens at all.

/// Buffers at least this big are advised, as NumPy's `npy_alloc_cache` does.
const HUGEPAGE_THRESHOLD: usize = 4 << 20;

/// Advises the kernel to back `words` with huge pages when it is big enough.
pub fn advise(words: &mut [u64]) {
    let bytes = std::mem::size_of_val(words);
    if bytes >= HUGEPAGE_THRESHOLD {
        advise_region(words.as_mut_ptr().cast(), bytes);
    }
}

#[cfg(target_os = "linux")]
fn advise_region(start: *mut u8, len: usize) {
    const PAGE: usize = 4096;
    let address = start as usize;
    let aligned = address.next_multiple_of(PAGE);
    let Some(usable) = (address + len).checked_sub(aligned) else {
        return;
    };
    // SAFETY: the range [aligned, aligned + usable) lies inside the caller's live, exclusively
    // borrowed allocation, and MADV_HUGEPAGE only changes how the kernel backs those pages
    // (never their contents or validity), so no Rust invariant can be affected. The result is
    // ignored because the advice is optional.
    unsafe {
        libc::madvise(aligned as *mut libc::c_void, usable, libc::MADV_HUGEPAGE);
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_region(_start: *mut u8, _len: usize) {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advising_a_big_buffer_keeps_its_contents() {
        let mut words = vec![7u64; (8 << 20) / 8];
        advise(&mut words);
        assert!(words.iter().all(|&w| w == 7));
        let mut small = vec![1u64; 16];
        advise(&mut small);
        assert_eq!(small, vec![1u64; 16]);
    }
}
