//! The text of a file people bring in: UTF-8 (with or without the byte order mark a
//! spreadsheet app writes), UTF-16 with its byte order mark (Excel's "Unicode text"), else
//! Windows-1252, which Excel on Windows and older phones use.

/// Whether `bytes` start with the byte order mark of UTF-16 (either byte order).
pub fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF")
}

/// `bytes` as text: UTF-16 when they start with its byte order mark, UTF-8 when they are UTF-8
/// (a leading BOM dropped), else read as Windows-1252 (every byte is some character, so
/// nothing is refused).
pub fn text_of(bytes: &[u8]) -> String {
    if is_utf16(bytes) {
        let big_endian = bytes[0] == 0xFE;
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|pair| {
                let pair = [pair[0], pair[1]];
                if big_endian {
                    u16::from_be_bytes(pair)
                } else {
                    u16::from_le_bytes(pair)
                }
            })
            .collect();
        return String::from_utf16_lossy(&units);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// One byte of Windows-1252: Latin-1, but for the printable characters it puts at 0x80-0x9F
/// (curly quotes, dashes, the euro sign); the five bytes it leaves undefined read as their
/// C1 control, as browsers do.
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}
