//! The text encodings viewfinder knows: UTF-8, ASCII and Latin-1, with `errors='strict'`.
//! They serve `str.encode`, `bytes.decode`, `bytes(s, encoding)`, `bytearray(s, encoding)`
//! and `str(b, encoding)`.
//!
//! Python has dozens of codecs and finds them by a normalised name (`'UTF-8'`, `'utf_8'` and
//! `'U8'` are one codec). viewfinder cannot tell a codec it does not carry from a name Python
//! does not know either, so any other name is an honest refusal, never a made-up
//! `LookupError`; so is an encoding error, whose `UnicodeEncodeError` is not modelled.

use crate::eval::{EvalError, EvalResult};
use crate::exception::ExceptionKind;
use crate::syntax::Span;
use crate::value::Value;

/// A codec viewfinder carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Codec {
    /// `'utf-8'`.
    Utf8,
    /// `'ascii'`.
    Ascii,
    /// `'latin-1'` (ISO 8859-1): each byte is the code point of the same number.
    Latin1,
}

impl Codec {
    /// The codec `name` stands for, by Python's normalisation (case, `-` and `_` and spaces
    /// alike, and the aliases Python's `encodings` package gives them).
    pub(crate) fn named(name: &str, span: Span) -> EvalResult<Codec> {
        let normal: String = name
            .trim()
            .to_ascii_lowercase()
            .chars()
            .map(|c| if c == '-' || c == ' ' { '_' } else { c })
            .collect();
        match normal.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
            "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
            "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859"
            | "cp819" => Ok(Codec::Latin1),
            _ => Err(EvalError::unsupported(
                format!("the text encoding {name:?}"),
                span,
            )),
        }
    }

    /// The name Python's error messages give the codec.
    fn message_name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// `text` encoded; a character the codec cannot encode is refused honestly.
    pub(crate) fn encode(self, text: &str, span: Span) -> EvalResult<Vec<u8>> {
        let limit = match self {
            Codec::Utf8 => return Ok(text.as_bytes().to_vec()),
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        };
        let mut bytes = Vec::with_capacity(text.len());
        for c in text.chars() {
            if (c as u32) >= limit {
                let what = format!("a UnicodeEncodeError of the {} codec", self.message_name());
                return Err(EvalError::unsupported(what, span));
            }
            bytes.push(c as u32 as u8);
        }
        Ok(bytes)
    }

    /// `bytes` decoded, with CPython's `UnicodeDecodeError` for a byte ASCII does not have;
    /// invalid UTF-8 is refused honestly (its messages name one of several faults).
    pub(crate) fn decode(self, bytes: &[u8], span: Span) -> EvalResult<String> {
        match self {
            Codec::Utf8 => String::from_utf8(bytes.to_vec()).map_err(|_| {
                EvalError::unsupported("decoding bytes that are not valid UTF-8", span)
            }),
            Codec::Latin1 => Ok(bytes.iter().map(|&b| b as char).collect()),
            Codec::Ascii => match bytes.iter().position(|b| !b.is_ascii()) {
                None => Ok(bytes.iter().map(|&b| b as char).collect()),
                Some(at) => {
                    let message = format!(
                        "'ascii' codec can't decode byte {:#04x} in position {at}: ordinal not in range(128)",
                        bytes[at]
                    );
                    Err(EvalError::new(
                        ExceptionKind::UnicodeDecodeError,
                        message,
                        span,
                    ))
                }
            },
        }
    }
}

/// The codec and error handler given as `encoding=` and `errors=` (each optional): only
/// `errors='strict'` is modelled. `what` names the call in a wrong type's `TypeError`.
pub(crate) fn codec_arguments(
    encoding: Option<&Value>,
    errors: Option<&Value>,
    what: &str,
    span: Span,
) -> EvalResult<Codec> {
    let codec = match encoding {
        None => Codec::Utf8,
        Some(Value::Str(name)) => Codec::named(name, span)?,
        Some(other) => {
            let message = format!(
                "{what}() argument 'encoding' must be str, not {}",
                other.type_name()
            );
            return Err(EvalError::type_error(message, span));
        }
    };
    match errors {
        None => Ok(codec),
        Some(Value::Str(handler)) if handler.as_ref() == "strict" => Ok(codec),
        Some(Value::Str(handler)) => Err(EvalError::unsupported(
            format!("the {handler:?} error handler of a codec"),
            span,
        )),
        Some(other) => {
            let message = format!(
                "{what}() argument 'errors' must be str, not {}",
                other.type_name()
            );
            Err(EvalError::type_error(message, span))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_normalises_codec_names() {
        let span = Span::default();
        for name in ["UTF-8", "utf_8", "U8", "utf8"] {
            assert_eq!(Codec::named(name, span).unwrap(), Codec::Utf8);
        }
        assert_eq!(Codec::named("Latin-1", span).unwrap(), Codec::Latin1);
        assert!(Codec::named("utf-16", span).is_err());
    }

    #[test]
    fn latin_1_maps_bytes_to_code_points_both_ways() {
        let span = Span::default();
        let text = Codec::Latin1.decode(&[0x41, 0xe9], span).unwrap();
        assert_eq!(text, "Aé");
        assert_eq!(Codec::Latin1.encode(&text, span).unwrap(), [0x41, 0xe9]);
    }
}
