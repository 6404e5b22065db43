//! End-to-end tests of the PDF reader on small PDFs built with lopdf.
