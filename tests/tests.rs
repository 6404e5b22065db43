//! Integration tests of the `vopis` binary.
