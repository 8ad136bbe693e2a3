//! Every record of a kind read a page at a time, the browser let paint and answer a tap between
//! pages, so reading thousands never holds up the screen (the search index, the people an
//! import matches against).

use gloo_timers::future::TimeoutFuture;

use crate::domain::record::Record;
use crate::store::{Store, StoreError};

/// Reads every record of kind `T`, `limit` at a time in id order, handing each page to `each`
/// and yielding to the browser after it.
pub async fn in_pages<T: Record>(
    store: &Store,
    limit: u32,
    mut each: impl FnMut(Vec<T>),
) -> Result<(), StoreError> {
    let mut after = String::new();
    loop {
        let page = store.page::<T>(&after, limit).await?;
        let Some(last) = page.last() else {
            return Ok(());
        };
        after = last.meta().id.clone();
        each(page);
        TimeoutFuture::new(0).await;
    }
}
