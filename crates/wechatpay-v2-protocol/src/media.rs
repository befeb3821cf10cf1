//! The file of an upload: [`Media`], its limits and its hash.
//!
//! A file is at most [`MAX_MEDIA_BYTES`] (2 MiB); a larger one, or an empty one, is refused
//! before anything is sent.

use std::fmt;
use std::path::Path;

use bytes::Bytes;
use md5::{Digest, Md5};

use crate::error::{Error, Result};

/// Largest file an upload endpoint takes: 2 MiB.
pub const MAX_MEDIA_BYTES: usize = 2 * 1024 * 1024;

/// Name of the form part that carries the file.
pub const MEDIA_PART: &str = "media";

/// Wire name of the field that carries the file's MD5 (lower-case hex), when the endpoint
/// declares it.
pub const HASH_FIELD: &str = "media_hash";

/// A file to upload: its name, its content type and its bytes.
///
/// `Debug` shows the name, the type and the length, never the bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct Media {
    file_name: String,
    content_type: String,
    bytes: Bytes,
}

impl Media {
    /// A file from its name (`id-card.jpg`), content type (`image/jpeg`) and bytes.
    ///
    /// Nothing is checked here; an upload refuses an empty file, one over
    /// [`MAX_MEDIA_BYTES`], a file name with control characters and a content type that is not a
    /// MIME type, before sending.
    pub fn new(
        file_name: impl Into<String>,
        content_type: impl Into<String>,
        bytes: impl Into<Bytes>,
    ) -> Self {
        Self {
            file_name: file_name.into(),
            content_type: content_type.into(),
            bytes: bytes.into(),
        }
    }

    /// Reads an image file; its content type follows the extension: `.jpg` and `.jpeg` are
    /// `image/jpeg`, `.png` `image/png`, `.bmp` `image/bmp` (the formats WeChat Pay takes). Any
    /// other extension, and a file over [`MAX_MEDIA_BYTES`], is an
    /// [`InvalidInput`](std::io::ErrorKind::InvalidInput) error, the file left unread.
    pub fn from_path(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let path = path.as_ref();
        let invalid = |why: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
        let extension = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        let content_type = match extension.as_deref() {
            Some("jpg" | "jpeg") => "image/jpeg",
            Some("png") => "image/png",
            Some("bmp") => "image/bmp",
            _ => {
                return Err(invalid(format!(
                    "{}: not a .jpg, .jpeg, .png or .bmp file",
                    path.display()
                )));
            }
        };
        let size = std::fs::metadata(path)?.len();
        if size > MAX_MEDIA_BYTES as u64 {
            return Err(invalid(format!(
                "{}: {size} bytes, over the limit of {MAX_MEDIA_BYTES}",
                path.display()
            )));
        }
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let bytes = std::fs::read(path)?;
        Ok(Self::new(file_name, content_type, bytes))
    }

    /// The file name sent with the part.
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// The content type sent with the part.
    pub fn content_type(&self) -> &str {
        &self.content_type
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &Bytes {
        &self.bytes
    }

    /// The file's length in bytes.
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// True for an empty file (which is refused).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// The lower-case hex MD5 of the bytes: the `media_hash` of this file.
    pub fn md5_hex(&self) -> String {
        let mut hex = [0u8; 32];
        base16ct::lower::encode_str(&Md5::digest(&self.bytes), &mut hex)
            .expect("32 hex digits for a 16-byte digest")
            .to_owned()
    }

    /// Refuses, before anything is sent, what the gateway would: an empty file, one over
    /// [`MAX_MEDIA_BYTES`], a file name that is empty or has control characters, a content type
    /// that is not a MIME type. Errors are [`Error::InvalidField`] naming `media`.
    pub(crate) fn check(&self) -> Result<()> {
        let refuse = |rule: String| Err(Error::invalid(MEDIA_PART, rule));
        if self.bytes.is_empty() {
            return refuse("the file is empty".into());
        }
        if self.bytes.len() > MAX_MEDIA_BYTES {
            return refuse(format!(
                "the file is {} bytes, over the limit of {MAX_MEDIA_BYTES} (2 MiB)",
                self.bytes.len()
            ));
        }
        if self.file_name.is_empty() || self.file_name.chars().any(char::is_control) {
            return refuse("the file name must be non-empty, without control characters".into());
        }
        if !is_mime_type(&self.content_type) {
            return refuse(format!(
                "content type `{}` is not a MIME type such as `image/jpeg`",
                self.content_type
            ));
        }
        Ok(())
    }
}

/// `type/subtype`, both non-empty tokens (parameters allowed after `;`).
fn is_mime_type(text: &str) -> bool {
    let essence = text.split(';').next().unwrap_or_default().trim();
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
    };
    matches!(essence.split_once('/'), Some((t, s)) if token(t) && token(s))
        && !text.chars().any(char::is_control)
}

impl fmt::Debug for Media {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Media")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}
