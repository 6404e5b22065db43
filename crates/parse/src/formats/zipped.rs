//! Bounded reading of zip containers (DOCX, ODT) (not yet written).
