//! Test support: builds zip packages in memory.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;

/// A deflated zip with the given `(name, text)` entries, in order.
pub(crate) fn zip_of(entries: &[(&str, &str)]) -> Vec<u8> {
    let bytes: Vec<(&str, &[u8])> = entries.iter().map(|(n, t)| (*n, t.as_bytes())).collect();
    zip_of_bytes(&bytes)
}

/// A zip with the given `(name, bytes)` entries; an entry named `mimetype`
/// is stored uncompressed, as ODF requires.
pub(crate) fn zip_of_bytes(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        let method = if *name == "mimetype" {
            zip::CompressionMethod::Stored
        } else {
            zip::CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default().compression_method(method);
        writer.start_file(*name, options).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}
