//! Source text back from a syntax tree, for the round-trip property test.
