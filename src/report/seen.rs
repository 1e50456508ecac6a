//! Who sees a write, and where: every named array and buffer object whose elements meet the
//! bytes a step wrote, each with the elements it sees (`a[1]`, `m[0:2]`, `ba[4:8]`), and where
//! the written element sits in its memory (`element 3`, counted in the items of the memory's
//! owner, as NumPy counts them).
//!
//! The text report (`also visible as …`) and the lesson facts both read these, so they agree.

use crate::eval::{Interpreter, Write};
use crate::memory::Layout;
use crate::memory::overlap::{self, AxisSel, ElementOverlap};
use crate::report::{arrays_on_buffer, buffer_objects_on};
use crate::value::Value;

/// Each name that sees the written elements, with where (`arr[1]`) when one element was
/// written and the elements it meets in that name form a block.
pub(crate) fn names_seeing(write: &Write, session: &Interpreter) -> Vec<(String, String)> {
    let mut seen = Vec::new();
    let regions = written_layouts(write);
    let one = write.elements_written() == 1;
    let written = written_name(write, session);
    for (name, data) in arrays_on_buffer(&write.region.buffer, session) {
        let hits: Vec<ElementOverlap> = regions
            .iter()
            .map(|r| overlap::element_overlap(r, &data.layout))
            .filter(|o| !o.is_empty())
            .collect();
        let place = match (hits.as_slice(), regions.as_slice()) {
            ([], _) => continue,
            ([hit], [region]) if one => {
                seen_place(hit, region, &name, &data.layout, written.as_deref())
            }
            _ => String::new(),
        };
        seen.push((name, place));
    }
    if write.elements_written() == 0 {
        return seen;
    }
    for (name, object) in buffer_objects_on(&write.region.buffer, session) {
        let place = match (&object, regions.as_slice()) {
            (Value::Buffer(object), [one]) if write.elements.is_none() => {
                items_place(&name, one, object.item_dtype().itemsize()).unwrap_or_default()
            }
            _ => String::new(),
        };
        seen.push((name, place));
    }
    seen
}

/// The name written through when its array has the written items' size (`r` in `r[1] = 7`),
/// for the byte note of a place; `None` for `a.view(np.int32)[1] = 7` (`a`'s items differ).
fn written_name(write: &Write, session: &Interpreter) -> Option<String> {
    let name = write.module_name()?;
    match session.lookup(&name) {
        Some(Value::Array(array)) if array.data.layout.itemsize == write.region.layout.itemsize => {
            Some(name)
        }
        Some(Value::MemoryView(view))
            if view
                .memory()
                .is_some_and(|m| m.layout.itemsize == write.region.layout.itemsize) =>
        {
            Some(name)
        }
        _ => None,
    }
}

/// Where one written element (`region`) shows in the array `name` (`seen`): every element of
/// it the element's bytes meet, as a block (`m[0:2]`), with a byte note when the item sizes
/// differ; empty when those elements form no block.
fn seen_place(
    hit: &ElementOverlap,
    region: &Layout,
    name: &str,
    seen: &Layout,
    written: Option<&str>,
) -> String {
    let place = match overlap::elements_meeting(region, seen) {
        Some(indices) => block_of(name, &indices),
        None => match hit {
            ElementOverlap::Block(block) if !block.reordered => Some(block.b.render(name)),
            _ => None,
        },
    };
    let Some(place) = place else {
        return String::new();
    };
    match written.filter(|_| region.itemsize != seen.itemsize) {
        Some(written) => format!(
            "{place} (by bytes: {written} has {}-byte items, {name} has {}-byte items)",
            region.itemsize, seen.itemsize
        ),
        None => place,
    }
}

/// `m[1, 0:4:2]`: distinct multi-indices that are exactly a box whose every side is a
/// progression, as NumPy indexing; `None` when they are not (or there are none).
fn block_of(name: &str, indices: &[Vec<usize>]) -> Option<String> {
    let first = indices.first()?;
    let mut axes = Vec::with_capacity(first.len());
    let mut box_size = 1;
    for axis in 0..first.len() {
        let mut values: Vec<usize> = indices.iter().map(|index| index[axis]).collect();
        values.sort_unstable();
        values.dedup();
        box_size *= values.len();
        axes.push(progression(&values)?);
    }
    if box_size != indices.len() {
        return None;
    }
    let selection = overlap::Selection {
        reshape: None,
        axes,
        transpose: None,
    };
    Some(selection.render(name))
}

/// One axis of a block: `2`, or the slice `start:stop:step` of sorted distinct values in
/// arithmetic progression.
fn progression(values: &[usize]) -> Option<AxisSel> {
    match values {
        [] => None,
        [one] => Some(AxisSel::Index(*one)),
        [first, second, ..] => {
            let step = second - first;
            let even = values.windows(2).all(|pair| pair[1] - pair[0] == step);
            even.then(|| AxisSel::Slice {
                start: *first,
                stop: Some(values[values.len() - 1] + 1),
                step: step as isize,
            })
        }
    }
}

/// `ints[2]` or `barr[4:8]`: the items of a `bytes`/`bytearray`/`array.array` that a
/// contiguous written region covers exactly, or `None` when it does not line up with them.
fn items_place(name: &str, region: &Layout, item_size: usize) -> Option<String> {
    let contiguous = region.is_c_contiguous() || region.size() == 1;
    let (low, high) = region.byte_extent()?;
    let size = item_size as isize;
    if !contiguous || low % size != 0 || high % size != 0 {
        return None;
    }
    let (first, end) = (low / size, high / size);
    Some(if end - first == 1 {
        format!("{name}[{first}]")
    } else {
        format!("{name}[{first}:{end}]")
    })
}

/// The layouts written: the region itself, or one element layout per fancy-written element.
fn written_layouts(write: &Write) -> Vec<Layout> {
    match &write.elements {
        None => vec![write.region.layout.clone()],
        Some(indices) => indices
            .iter()
            .map(|index| Layout {
                offset: write.region.layout.byte_offset_of(index),
                shape: vec![],
                strides: vec![],
                itemsize: write.region.layout.itemsize,
            })
            .collect(),
    }
}

/// The byte offset of the first written element.
fn first_byte(write: &Write) -> isize {
    written_layouts(write).first().map_or(0, |l| l.offset)
}

/// Where the written elements are: `element 3` when the one element written is item 3 of
/// its memory's owner (same item size, aligned), `the element at byte 12` (from the owner's
/// first byte) otherwise, `N elements` for more.
pub(crate) fn written_location(write: &Write) -> String {
    let size = write.region.layout.itemsize;
    match write.elements_written() {
        1 => {
            let byte = first_byte(write);
            let aligned = byte % size as isize == 0;
            match size == write.region.buffer.owner.item_size() && aligned {
                true => format!("element {}", byte / size as isize),
                false => format!("the element at byte {byte}"),
            }
        }
        n => format!("{n} elements"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffer_object_items_covered_by_a_write() {
        let int32_at_4 = Layout {
            offset: 4,
            shape: vec![],
            strides: vec![],
            itemsize: 4,
        };
        assert_eq!(
            items_place("barr", &int32_at_4, 1),
            Some("barr[4:8]".into())
        );
        assert_eq!(items_place("ints", &int32_at_4, 4), Some("ints[1]".into()));
        let misaligned = Layout {
            offset: 2,
            shape: vec![],
            strides: vec![],
            itemsize: 4,
        };
        assert_eq!(items_place("ints", &misaligned, 4), None);
        let strided = Layout {
            offset: 0,
            shape: vec![2],
            strides: vec![8],
            itemsize: 4,
        };
        assert_eq!(items_place("ints", &strided, 4), None);
    }
}
