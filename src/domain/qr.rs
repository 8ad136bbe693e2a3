//! A QR code of a text, as squares to draw: how a team's join link reaches another phone's
//! camera. Encoded by `qrcodegen` (Project Nayuki's reference encoder); drawn here as one SVG
//! path, so the page renders it as an element, never as markup from a string.

use qrcodegen::{QrCode, QrCodeEcc};

/// The modules around the code that must stay light (the standard's quiet zone).
pub const QUIET_ZONE: u32 = 4;

/// A QR code: its width in modules, and the path of its dark ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    pub size: u32,
    pub path: String,
}

impl Qr {
    /// The SVG `viewBox` that shows the code with its quiet zone.
    pub fn view_box(&self) -> String {
        let side = self.size + 2 * QUIET_ZONE;
        format!("-{QUIET_ZONE} -{QUIET_ZONE} {side} {side}")
    }
}

/// The QR code of `text`, with medium error correction (it survives a smudged or cracked
/// screen); `None` when the text is too long for any QR code.
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{start},{y}h{run}v1h-{run}z"));
        }
    }
    Some(Qr {
        size: u32::try_from(size).ok()?,
        path,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_a_version_one_code_with_its_three_finder_squares() {
        let qr = encode("A").unwrap();
        assert_eq!(qr.size, 21);
        // Each finder pattern's top row is a run of seven dark modules: top left and top right.
        assert!(qr.path.starts_with("M0,0h7v1h-7z"));
        assert!(qr.path.contains("M14,0h7v1h-7z"));
        // The bottom left one.
        assert!(qr.path.contains("M0,20h7v1h-7z"));
        assert_eq!(qr.view_box(), "-4 -4 29 29");
    }

    #[test]
    fn a_join_link_fits_and_longer_text_gives_a_larger_code() {
        let link = format!(
            "https://organize.example.org/settings/team#join=one-on-one-team:{}",
            "A".repeat(300)
        );
        let big = encode(&link).unwrap();
        assert!(big.size > 21 && big.size <= 177);
        assert!(encode(&"x".repeat(5_000)).is_none());
    }

    #[test]
    fn every_square_drawn_is_one_row_high_and_inside_the_code() {
        let qr = encode("one-on-one-team:eyJ2ZXJzaW9uIjoxfQ").unwrap();
        for square in qr.path.split('M').filter(|s| !s.is_empty()) {
            let (at, rest) = square.split_once('h').unwrap();
            let (x, y) = at.split_once(',').unwrap();
            let run: u32 = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (u32, u32) = (x.parse().unwrap(), y.parse().unwrap());
            assert!(run >= 1 && x + run <= qr.size && y < qr.size, "{square}");
            assert!(rest.ends_with(&format!("v1h-{run}z")), "{square}");
        }
    }
}
