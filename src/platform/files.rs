//! Files in and out: save text or bytes as a download, read a file the person picked.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, HtmlAnchorElement, Url};

/// Offers `text` as a file download named `file_name`.
pub fn download_text(file_name: &str, mime_type: &str, text: &str) -> Result<(), String> {
    download(file_name, mime_type, &js_sys::Array::of1(&text.into()))
}

/// Offers `head` followed by `rest` (bytes the browser holds) as a file download.
pub fn download_bytes(
    file_name: &str,
    mime_type: &str,
    head: &[u8],
    rest: &js_sys::ArrayBuffer,
) -> Result<(), String> {
    let parts = js_sys::Array::of2(&js_sys::Uint8Array::from(head), rest);
    download(file_name, mime_type, &parts)
}

/// Offers a file made of `parts` (text, bytes) as a download.
fn download(file_name: &str, mime_type: &str, parts: &js_sys::Array) -> Result<(), String> {
    let fail = |what: &str| format!("The browser would not save the file ({what}).");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail("no document"))?;
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = Blob::new_with_buffer_source_sequence_and_options(parts, &options)
        .map_err(|_| fail("blob"))?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| fail("object URL"))?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // Some browsers read the URL after click() returns: free it a minute later.
    gloo_timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A picked file's bytes, as the browser holds them (a large backup is not copied into wasm
/// until it must be).
#[derive(Clone)]
pub struct FileBytes(pub(crate) js_sys::ArrayBuffer);

impl FileBytes {
    /// A copy of `bytes`, held as a picked file's are.
    pub fn copy_of(bytes: &[u8]) -> FileBytes {
        FileBytes(js_sys::Uint8Array::from(bytes).buffer())
    }

    pub fn len(&self) -> usize {
        self.0.byte_length() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every byte of the file.
    pub fn bytes(&self) -> Vec<u8> {
        js_sys::Uint8Array::new(&self.0).to_vec()
    }

    /// Bytes `from..to` (clamped to the file).
    pub fn slice(&self, from: usize, to: usize) -> Vec<u8> {
        let to = to.min(self.len()) as u32;
        let from = (from as u32).min(to);
        js_sys::Uint8Array::new_with_byte_offset_and_length(&self.0, from, to - from).to_vec()
    }

    /// The file as text, as the browser reads a text file: a leading byte-order mark dropped,
    /// bytes that are not UTF-8 replaced (the backup's own checks then judge it).
    pub fn to_text(&self) -> String {
        let bytes = js_sys::Uint8Array::new(&self.0).to_vec();
        let bytes = bytes
            .strip_prefix(b"\xEF\xBB\xBF")
            .map(<[u8]>::to_vec)
            .unwrap_or(bytes);
        String::from_utf8(bytes)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    }
}

/// The whole of a picked file.
pub async fn read_bytes(file: &File) -> Result<FileBytes, String> {
    JsFuture::from(file.array_buffer())
        .await
        .ok()
        .and_then(|bytes| bytes.dyn_into().ok())
        .map(FileBytes)
        .ok_or_else(|| "The file could not be read.".to_owned())
}
