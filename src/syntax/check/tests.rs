//! Unit tests of the compile-time checks.
