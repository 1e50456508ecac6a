//! The memory model: buffers, array layouts, and which elements two layouts share.
//!
//! viewfinder follows NumPy exactly: an array is a buffer plus a byte offset, a shape and byte
//! strides. Views are new layouts over the same buffer; copies get a new buffer. Whether two
//! arrays share memory is decided here, from layouts alone.

pub mod array;
pub mod buffer;
pub mod compute;
pub mod dtype;
pub mod element;
mod hugepages;
pub mod layout;
pub mod overlap;

pub use array::ArrayData;
pub use buffer::{
    AlignedBytes, BufferId, BufferOwner, SharedBuffer, byte_limit, live_bytes, set_byte_limit,
};
pub use dtype::{DType, DTypeKind, Scalar};
pub use element::{Element, NpBool};
pub use layout::Layout;
