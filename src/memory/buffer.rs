//! Raw storage that arrays look into.
//!
//! A `SharedBuffer` is one block of bytes with an id (`b1`, `b2`, …). Every NumPy array, view,
//! `array.array`, `bytearray` and `bytes` object that viewfinder models points at one. Two names
//! share memory only when they point at the same buffer, which is what the reports are about.
//! The bytes live in `u64` words so that typed element access is always aligned for every dtype.
//!
//! Every block of bytes is counted while it lives ([`live_bytes`]), so the evaluator can refuse
//! an allocation that would take the session past its memory limit before making it.

use std::cell::{Cell, Ref, RefCell, RefMut};
use std::fmt;
use std::rc::Rc;

use super::DType;

/// The id a buffer is shown with (`b3`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BufferId(pub u64);

impl fmt::Display for BufferId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "b{}", self.0)
    }
}

/// Which kind of Python object allocated a buffer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BufferOwner {
    /// A NumPy array's own data, allocated with this dtype.
    NumPy(DType),
    /// An `array.array` with this typecode and item type.
    ArrayModule(char, DType),
    /// A `bytearray`.
    ByteArray,
    /// An immutable `bytes` object.
    Bytes,
}

impl BufferOwner {
    /// The size of the owner's items: the allocating array's, the `array.array`'s, or 1 for
    /// `bytes` and `bytearray`. NumPy counts positions in a buffer in these items.
    pub fn item_size(self) -> usize {
        match self {
            BufferOwner::NumPy(dtype) | BufferOwner::ArrayModule(_, dtype) => dtype.itemsize(),
            BufferOwner::ByteArray | BufferOwner::Bytes => 1,
        }
    }
}

thread_local! {
    /// Bytes held by the [`AlignedBytes`] alive on this thread.
    static LIVE_BYTES: Cell<usize> = const { Cell::new(0) };
    /// The most [`LIVE_BYTES`] may reach (see [`set_byte_limit`]).
    static BYTE_LIMIT: Cell<usize> = const { Cell::new(usize::MAX) };
}

/// Sets the most bytes of buffers that may be alive on this thread. The evaluator checks its
/// session's limit before every allocation with the shape and dtype in hand; this is the
/// backstop behind those checks, so that one it misses panics (and the step fails) instead of
/// the process aborting when the system cannot provide the memory.
pub fn set_byte_limit(limit: usize) {
    BYTE_LIMIT.with(|cell| cell.set(limit));
}

/// How many bytes of buffer storage are alive on this thread (a session lives on one thread):
/// every array's, `array.array`'s, `bytearray`'s and `bytes`' buffer, and the copies a step
/// keeps to undo itself.
pub fn live_bytes() -> usize {
    LIVE_BYTES.with(Cell::get)
}

/// Adds `grown` and removes `shrunk` bytes from the live count.
fn account(grown: usize, shrunk: usize) {
    LIVE_BYTES.with(|live| live.set((live.get() + grown).saturating_sub(shrunk)));
}

/// The limit [`set_byte_limit`] set (no limit until then).
pub fn byte_limit() -> usize {
    BYTE_LIMIT.with(Cell::get)
}

/// Counts `len` new bytes as live, panicking past twice the limit (see [`set_byte_limit`]).
/// The evaluator's checks keep the session's buffers under the limit; the scratch arrays of a
/// computation (`a[1:] += a[:-1]` reads a copy first) may take as much again, so only an
/// allocation past that is a check that was missed.
fn claim(len: usize) {
    let ceiling = byte_limit().saturating_mul(2);
    assert!(
        live_bytes().saturating_add(len) <= ceiling,
        "{len} more bytes would pass twice the memory limit ({ceiling} bytes)"
    );
    account(len, 0);
}

/// Bytes stored in 8-byte words so every dtype's elements are aligned.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct AlignedBytes {
    words: Vec<u64>,
    len: usize,
}

impl AlignedBytes {
    /// `len` zero bytes. Callers check the session's memory limit first; past the limit this
    /// panics (a step's panic becomes an error) rather than letting the process abort.
    pub fn zeroed(len: usize) -> AlignedBytes {
        claim(len);
        let mut words = vec![0; len.div_ceil(8)];
        super::hugepages::advise(&mut words);
        AlignedBytes { words, len }
    }

    /// A copy of `bytes`.
    pub fn from_bytes(bytes: &[u8]) -> AlignedBytes {
        let mut aligned = AlignedBytes::zeroed(bytes.len());
        aligned.as_bytes_mut().copy_from_slice(bytes);
        aligned
    }

    /// Number of bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no bytes.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &bytemuck::cast_slice(&self.words)[..self.len]
    }

    /// The bytes, writable.
    pub fn as_bytes_mut(&mut self) -> &mut [u8] {
        &mut bytemuck::cast_slice_mut(&mut self.words)[..self.len]
    }

    /// The whole words area viewed as elements of `T` (covers at least `len` bytes).
    pub fn as_slice<T: bytemuck::Pod>(&self) -> &[T] {
        let bytes: &[u8] = bytemuck::cast_slice(&self.words);
        bytemuck::cast_slice(&bytes[..bytes.len() / size_of::<T>() * size_of::<T>()])
    }

    /// The whole words area viewed as writable elements of `T`.
    pub fn as_slice_mut<T: bytemuck::Pod>(&mut self) -> &mut [T] {
        let bytes: &mut [u8] = bytemuck::cast_slice_mut(&mut self.words);
        let usable = bytes.len() / size_of::<T>() * size_of::<T>();
        bytemuck::cast_slice_mut(&mut bytes[..usable])
    }

    /// Changes the length to `len` bytes, zero-filling growth.
    pub fn resize(&mut self, len: usize) {
        claim(len.saturating_sub(self.len));
        account(0, self.len.saturating_sub(len));
        self.words.resize(len.div_ceil(8), 0);
        if len < self.len {
            let tail = len..self.words.len() * 8;
            bytemuck::cast_slice_mut::<u64, u8>(&mut self.words)[tail].fill(0);
        }
        self.len = len;
    }
}

impl Clone for AlignedBytes {
    fn clone(&self) -> AlignedBytes {
        account(self.len, 0);
        AlignedBytes {
            words: self.words.clone(),
            len: self.len,
        }
    }
}

impl Drop for AlignedBytes {
    fn drop(&mut self) {
        account(0, self.len);
    }
}

/// One block of memory that names can share.
#[derive(Debug)]
pub struct SharedBuffer {
    /// The id shown in reports.
    pub id: BufferId,
    /// Which object allocated it.
    pub owner: BufferOwner,
    /// True for memory no one may write (a `bytes` object's).
    pub readonly: bool,
    bytes: RefCell<AlignedBytes>,
}

impl SharedBuffer {
    /// A new buffer holding `bytes`.
    pub fn new(id: BufferId, owner: BufferOwner, bytes: AlignedBytes) -> Rc<SharedBuffer> {
        Rc::new(SharedBuffer {
            id,
            owner,
            readonly: owner == BufferOwner::Bytes,
            bytes: RefCell::new(bytes),
        })
    }

    /// Reads the bytes.
    pub fn data(&self) -> Ref<'_, AlignedBytes> {
        self.bytes.borrow()
    }

    /// Writes the bytes. Callers check `readonly` and the array's writeable flag first.
    pub fn data_mut(&self) -> RefMut<'_, AlignedBytes> {
        self.bytes.borrow_mut()
    }

    /// Number of bytes.
    pub fn len(&self) -> usize {
        self.bytes.borrow().len()
    }

    /// True when the buffer holds no bytes.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// How many other objects hold this buffer besides its owner: for `array.array` and
    /// `bytearray`, a non-zero count means a NumPy array is looking into it and it must not
    /// be resized (Python's buffer export count).
    pub fn export_count(self: &Rc<SharedBuffer>) -> usize {
        Rc::strong_count(self).saturating_sub(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_slices_are_aligned_views_of_the_same_bytes() {
        let mut data = AlignedBytes::zeroed(16);
        data.as_slice_mut::<i64>()[1] = 258;
        assert_eq!(&data.as_bytes()[8..10], &[2, 1]);
        assert_eq!(data.as_slice::<i32>()[2], 258);
    }

    #[test]
    fn live_bytes_follow_allocation_growth_and_drop() {
        let before = live_bytes();
        let mut data = AlignedBytes::zeroed(100);
        let copy = data.clone();
        assert_eq!(live_bytes(), before + 200);
        data.resize(40);
        drop(copy);
        assert_eq!(live_bytes(), before + 40);
        drop(data);
        assert_eq!(live_bytes(), before);
    }

    #[test]
    fn resizing_keeps_bytes_and_zero_fills() {
        let mut data = AlignedBytes::from_bytes(&[1, 2, 3]);
        data.resize(10);
        assert_eq!(data.as_bytes(), &[1, 2, 3, 0, 0, 0, 0, 0, 0, 0]);
        data.resize(2);
        data.resize(3);
        assert_eq!(data.as_bytes(), &[1, 2, 0]);
    }
}
