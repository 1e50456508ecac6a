//! `str(a)` and `repr(a)` of whole arrays: NumPy's `_array2string`, `_formatArray`,
//! `_extendLine` and `_array_repr_implementation`.
//!
//! Arrays larger than the print threshold are summarised: only `edgeitems` leading and
//! trailing entries of each long axis are shown, with `...` in between. The formatter
//! first gathers exactly those corner elements (`_leading_trailing`), so it never reads
//! an element it does not print, then lays the strings out row by row, wrapping lines at
//! the line width with the hanging indent NumPy uses.

use super::ElementSource;
use super::element::ElementFormat;
use super::scalar::scalar_str;
use crate::memory::DType;

/// NumPy's default `linewidth`.
const LINE_WIDTH: usize = 75;
/// NumPy's default `threshold`: arrays with more elements are summarised.
const THRESHOLD: usize = 1000;
/// NumPy's default `edgeitems`.
const EDGE_ITEMS: usize = 3;
/// What replaces the hidden middle of a summarised axis.
const SUMMARY_INSERT: &str = "...";

/// Number of elements, saturating instead of overflowing.
fn size_of(shape: &[usize]) -> usize {
    shape.iter().fold(1usize, |acc, &n| acc.saturating_mul(n))
}

/// Whether an axis of length `n` is cut in the middle.
fn is_cut(summary: bool, n: usize) -> bool {
    summary && n > 2 * EDGE_ITEMS
}

/// The indices of one axis that are displayed.
fn kept_indices(n: usize, summary: bool) -> Vec<usize> {
    if is_cut(summary, n) {
        (0..EDGE_ITEMS).chain(n - EDGE_ITEMS..n).collect()
    } else {
        (0..n).collect()
    }
}

/// Reads the displayed corner elements in C order (`_leading_trailing`).
fn gather<T>(get: &dyn Fn(&[usize]) -> T, kept: &[Vec<usize>]) -> Vec<T> {
    let total = kept.iter().map(Vec::len).product();
    let mut out = Vec::with_capacity(total);
    let mut pos = vec![0usize; kept.len()];
    let mut index = vec![0usize; kept.len()];
    for _ in 0..total {
        for (axis, &p) in pos.iter().enumerate() {
            index[axis] = kept[axis][p];
        }
        out.push(get(&index));
        advance(&mut pos, kept);
    }
    out
}

/// Steps a C-order odometer over the kept positions.
fn advance(pos: &mut [usize], kept: &[Vec<usize>]) {
    for axis in (0..pos.len()).rev() {
        pos[axis] += 1;
        if pos[axis] < kept[axis].len() {
            return;
        }
        pos[axis] = 0;
    }
}

/// `_extendLine`: appends `word` to `line`, first flushing `line` into `s` if the word
/// would pass `line_width` (unless the line holds nothing but the indent).
fn extend_line(s: &mut String, line: &mut String, word: &str, line_width: usize, prefix: &str) {
    let needs_wrap = line.len() + word.len() > line_width && line.len() > prefix.len();
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        *line = prefix.to_string();
    }
    line.push_str(word);
}

/// The formatted corner of an array, ready to be laid out (`_formatArray`).
struct Layout<'a> {
    /// The full shape (decides where `...` goes).
    shape: &'a [usize],
    /// C strides of the gathered corner array.
    strides: Vec<usize>,
    /// Lengths of the gathered corner array.
    kept_len: Vec<usize>,
    /// Every gathered element, formatted.
    words: Vec<String>,
    /// Whether the array is summarised.
    summary: bool,
    /// `" "` for str, `", "` for repr.
    separator: &'a str,
}

impl Layout<'_> {
    /// How many leading and trailing children an axis shows, and whether `...` goes between.
    fn split(&self, axis: usize) -> (usize, usize, bool) {
        if is_cut(self.summary, self.shape[axis]) {
            (EDGE_ITEMS, EDGE_ITEMS, true)
        } else {
            (0, self.shape[axis], false)
        }
    }

    /// The children of `axis` in display order, as offsets into the corner array, with
    /// `None` marking the summary position.
    fn children(&self, axis: usize, offset: usize) -> Vec<Option<usize>> {
        let (leading, trailing, show_summary) = self.split(axis);
        let len = self.kept_len[axis];
        let at = |i: usize| Some(offset + i * self.strides[axis]);
        let mut out: Vec<Option<usize>> = (0..leading).map(at).collect();
        if show_summary {
            out.push(None);
        }
        out.extend((1..=trailing).rev().map(|i| at(len - i)));
        out
    }

    /// The recursive part of `_formatArray`.
    fn recurse(&self, axis: usize, offset: usize, hanging: &str, width: usize) -> String {
        let axes_left = self.shape.len() - axis;
        if axes_left == 0 {
            return self.words[offset].clone();
        }
        let next_hanging = format!("{hanging} ");
        let next_width = width.saturating_sub(1);
        let body = if axes_left == 1 {
            self.format_row(axis, offset, hanging, width)
        } else {
            self.format_block(axis, offset, hanging, (&next_hanging, next_width))
        };
        format!("[{}]", &body[hanging.len()..])
    }

    /// The last axis: elements separated and wrapped at the line width.
    fn format_row(&self, axis: usize, offset: usize, hanging: &str, width: usize) -> String {
        let sep_width = self.separator.trim_end().len().max(1);
        let elem_width = width.saturating_sub(sep_width);
        let children = self.children(axis, offset);
        let (mut s, mut line) = (String::new(), hanging.to_string());
        for (i, child) in children.iter().enumerate() {
            let word = child.map_or(SUMMARY_INSERT, |c| self.words[c].as_str());
            extend_line(&mut s, &mut line, word, elem_width, hanging);
            if i + 1 < children.len() {
                line.push_str(self.separator);
            }
        }
        s + &line
    }

    /// Outer axes: sub-arrays on their own lines, blank lines between blocks.
    fn format_block(
        &self,
        axis: usize,
        offset: usize,
        hanging: &str,
        next: (&str, usize),
    ) -> String {
        let axes_left = self.shape.len() - axis;
        let line_sep = format!(
            "{}{}",
            self.separator.trim_end(),
            "\n".repeat(axes_left - 1)
        );
        let children = self.children(axis, offset);
        let mut s = String::new();
        for (i, child) in children.iter().enumerate() {
            s.push_str(hanging);
            match child {
                Some(c) => s.push_str(&self.recurse(axis + 1, *c, next.0, next.1)),
                None => s.push_str(SUMMARY_INSERT),
            }
            if i + 1 < children.len() {
                s.push_str(&line_sep);
            }
        }
        s
    }
}

/// C-order strides (in elements) of a shape.
fn c_strides(shape: &[usize]) -> Vec<usize> {
    let mut strides = vec![1; shape.len()];
    for axis in (0..shape.len().saturating_sub(1)).rev() {
        strides[axis] = strides[axis + 1] * shape[axis + 1];
    }
    strides
}

/// `array2string` of a non-empty array with the given separator, prefix length and width.
fn array2string(src: &ElementSource, separator: &str, prefix_len: usize, width: usize) -> String {
    let corner = Corner::of(src.shape);
    let data = gather(src.get, &corner.kept);
    let format = ElementFormat::new(src.dtype, &data, src.shape.is_empty());
    let words = data.iter().map(|&v| format.format(v)).collect();
    lay_out(src.shape, corner, words, separator, prefix_len, width)
}

/// The part of an array that is displayed: the kept indices of each axis, and whether the
/// array is summarised.
struct Corner {
    kept: Vec<Vec<usize>>,
    summary: bool,
}

impl Corner {
    fn of(shape: &[usize]) -> Corner {
        let summary = size_of(shape) > THRESHOLD;
        let kept = shape.iter().map(|&n| kept_indices(n, summary)).collect();
        Corner { kept, summary }
    }
}

/// Lays out `words`, the displayed corner's elements in C order, as `_formatArray` does.
fn lay_out(
    shape: &[usize],
    corner: Corner,
    words: Vec<String>,
    separator: &str,
    prefix_len: usize,
    width: usize,
) -> String {
    let kept_len: Vec<usize> = corner.kept.iter().map(Vec::len).collect();
    let layout = Layout {
        shape,
        strides: c_strides(&kept_len),
        kept_len,
        words,
        summary: corner.summary,
        separator,
    };
    let hanging = " ".repeat(1 + prefix_len);
    layout.recurse(0, 0, &hanging, width)
}

/// The displayed elements of an object array, in C order, each as `_object_format` shows it
/// (the caller's `word`: `repr(o)`, or `list([1, 2])` for a list).
fn object_words(
    word: &mut dyn FnMut(&[usize]) -> Result<String, String>,
    kept: &[Vec<usize>],
) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    for index in gather(&|index: &[usize]| index.to_vec(), kept) {
        words.push(word(&index)?);
    }
    Ok(words)
}

/// `str(a)` or `repr(a)` of an object array of `shape`, with `word` giving each displayed
/// element's text (or the error that stops it, passed back).
pub fn object_array_text(
    shape: &[usize],
    word: &mut dyn FnMut(&[usize]) -> Result<String, String>,
    repr: bool,
) -> Result<String, String> {
    const PREFIX: &str = "array(";
    let size = size_of(shape);
    let body = if size == 0 {
        "[]".to_string()
    } else if shape.is_empty() {
        word(&[])?
    } else {
        let corner = Corner::of(shape);
        let words = object_words(word, &corner.kept)?;
        let (separator, prefix_len, width) = match repr {
            true => (", ", PREFIX.len(), LINE_WIDTH - 1),
            false => (" ", 0, LINE_WIDTH),
        };
        lay_out(shape, corner, words, separator, prefix_len, width)
    };
    if !repr {
        return Ok(body);
    }
    let mut extras: Vec<String> = shape_extra(shape).into_iter().collect();
    extras.push("dtype=object".to_string());
    Ok(with_extras(PREFIX, &body, &extras))
}

/// `str(a)`: `[1 2 3]`, `[[1. 2.]\n [3. 4.]]`, `5` for 0-d arrays, `[]` when empty.
pub fn array_str(src: &ElementSource) -> String {
    if src.shape.is_empty() {
        return scalar_str(src.dtype, (src.get)(&[]));
    }
    if size_of(src.shape) == 0 {
        return "[]".to_string();
    }
    array2string(src, " ", 0, LINE_WIDTH)
}

/// A shape as a Python tuple: `(2000,)`, `(3, 1000)`.
fn shape_str(shape: &[usize]) -> String {
    let parts: Vec<String> = shape.iter().map(usize::to_string).collect();
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(", "))
    }
}

/// The `shape=` extra `repr` appends when the shape cannot be read from the body (empty
/// arrays other than `(0,)`, summarised ones).
fn shape_extra(shape: &[usize]) -> Option<String> {
    let size = size_of(shape);
    ((size == 0 && shape != [0]) || size > THRESHOLD).then(|| format!("shape={}", shape_str(shape)))
}

/// Whether `repr` can leave the dtype out (`dtype_is_implied`).
fn dtype_is_implied(dtype: DType) -> bool {
    matches!(dtype, DType::Int64 | DType::Float64 | DType::Bool)
}

/// The `shape=` and `dtype=` extras `repr` appends when they cannot be inferred.
fn repr_extras(src: &ElementSource) -> Vec<String> {
    let size = size_of(src.shape);
    let mut extras: Vec<String> = shape_extra(src.shape).into_iter().collect();
    if !dtype_is_implied(src.dtype) || size == 0 {
        extras.push(format!("dtype={}", src.dtype.name()));
    }
    extras
}

/// `repr(a)`: `array([1, 2])`, `array([], shape=(0, 3), dtype=int64)`, with the extras
/// moved to their own line when they would pass the line width.
pub fn array_repr(src: &ElementSource) -> String {
    const PREFIX: &str = "array(";
    let body = if size_of(src.shape) == 0 {
        "[]".to_string()
    } else {
        array2string(src, ", ", PREFIX.len(), LINE_WIDTH - 1)
    };
    let extras = repr_extras(src);
    if extras.is_empty() {
        return format!("{PREFIX}{body})");
    }
    with_extras(PREFIX, &body, &extras)
}

/// `array(…, dtype=…)`: the extras after the body, on their own line when they would pass
/// the line width.
fn with_extras(prefix: &str, body: &str, extras: &[String]) -> String {
    let arr_str = format!("{prefix}{body},");
    let extra_str = extras.join(", ") + ")";
    let last_line_len = arr_str.len() - arr_str.rfind('\n').map_or(0, |i| i + 1);
    let spacer = if last_line_len + extra_str.len() + 1 > LINE_WIDTH {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    arr_str + &spacer + &extra_str
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::memory::Scalar;

    fn ints(values: Vec<i64>, shape: &[usize], dtype: DType) -> (String, String) {
        let shape_v = shape.to_vec();
        let strides = c_strides(&shape_v);
        let get = move |idx: &[usize]| {
            let flat: usize = idx.iter().zip(&strides).map(|(i, s)| i * s).sum();
            Scalar::Int(values[flat])
        };
        let src = ElementSource {
            shape,
            dtype,
            get: &get,
        };
        (array_str(&src), array_repr(&src))
    }

    #[test]
    fn small_int_arrays() {
        // np.array([1, 10, 3]); np.arange(4).reshape(2, 2)
        assert_eq!(
            ints(vec![1, 10, 3], &[3], DType::Int64),
            ("[ 1 10  3]".into(), "array([ 1, 10,  3])".into())
        );
        let (s, r) = ints(vec![0, 1, 2, 3], &[2, 2], DType::Int32);
        assert_eq!(s, "[[0 1]\n [2 3]]");
        assert_eq!(r, "array([[0, 1],\n       [2, 3]], dtype=int32)");
    }

    #[test]
    fn summarised_and_empty() {
        let (s, r) = ints((0..2000).collect(), &[2000], DType::Int64);
        assert_eq!(s, "[   0    1    2 ... 1997 1998 1999]");
        assert_eq!(
            r,
            "array([   0,    1,    2, ..., 1997, 1998, 1999], shape=(2000,))"
        );
        let (s, r) = ints(vec![], &[0, 3], DType::Int64);
        assert_eq!(s, "[]");
        assert_eq!(r, "array([], shape=(0, 3), dtype=int64)");
    }

    #[test]
    fn zero_dim() {
        assert_eq!(
            ints(vec![5], &[], DType::Int64),
            ("5".into(), "array(5)".into())
        );
    }

    #[test]
    fn shapes_print_as_tuples() {
        assert_eq!(shape_str(&[2000]), "(2000,)");
        assert_eq!(shape_str(&[3, 1000]), "(3, 1000)");
    }

    proptest::proptest! {
        #[test]
        fn float_rows_fit_and_keep_every_element(
            values in proptest::collection::vec(-1e12f64..1e12, 1..60)
        ) {
            let get = |idx: &[usize]| Scalar::Float(values[idx[0]]);
            let shape = [values.len()];
            let src = ElementSource { shape: &shape, dtype: DType::Float64, get: &get };
            let text = array_str(&src);
            proptest::prop_assert!(text.lines().all(|l| l.len() <= LINE_WIDTH), "{}", text);
            let inner = text.trim_start_matches('[').trim_end_matches(']');
            proptest::prop_assert_eq!(inner.split_whitespace().count(), values.len());
        }
    }
}
