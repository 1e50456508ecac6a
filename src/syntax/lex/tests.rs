//! Unit tests of the lexer.
