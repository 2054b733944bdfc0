//! Pagination: a paged operation's pages as a `Stream` ([`Core::pages`]), and its items
//! ([`Pages::items`]), whatever way the API pages — offset and limit, page numbers, a
//! cursor in the body, or `Link: <…>; rel="next"` headers ([`Pagination`]).

use std::convert::Infallible;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

use futures_core::Stream;
use serde_json::Value;

use super::{Core, Decode, Error, Format, RawResponse, Request, RequestOptions, ResponseValue};

/// How an operation's pages follow one another: what its `x-pagination` extension declares,
/// or what the generator detected from its parameters and response.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Pagination {
    /// Query parameters `offset` (items to skip) and `limit` (page size): the next page
    /// starts after the items received so far.
    Offset {
        /// The offset parameter (Jellyfin: `startIndex`).
        offset: &'static str,
        /// The page-size parameter.
        limit: &'static str,
    },
    /// Query parameters `page` (counted from `first`) and `per_page`.
    Page {
        /// The page-number parameter.
        page: &'static str,
        /// The page-size parameter.
        per_page: &'static str,
        /// The number of the first page (1 or 0).
        first: u64,
    },
    /// The query parameter `param` takes the value the body gives at the JSON pointer
    /// `next`; an absent, `null` or empty one is the last page.
    Cursor {
        /// The cursor parameter.
        param: &'static str,
        /// The JSON pointer of the next cursor in the body (`/meta/next_cursor`).
        next: &'static str,
        /// The page-size parameter, if there is one.
        limit: Option<&'static str>,
    },
    /// The next page's URL is in the body, at the JSON pointer `next` (Smooch's
    /// `"next": "https://…/messages?before=…"`); an absent, `null` or empty one is the last
    /// page. It must be on the server the first request went to.
    NextUrl {
        /// The JSON pointer of the next page's URL in the body (`/next`).
        next: &'static str,
    },
    /// The next page's URL is the `Link` header's `rel="next"` (RFC 8288); none is the last
    /// page. It must be on the server the first request went to.
    Link {
        /// The page-size parameter, if there is one.
        limit: Option<&'static str>,
    },
}

/// What a generated paged operation tells the runtime: how it pages, where a page's items
/// are, and where the total is when the API gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pager {
    /// How pages follow one another.
    pub kind: Pagination,
    /// The JSON pointer of the items array in the body (`""`: the body is the array).
    pub items: &'static str,
    /// The JSON pointer of the total number of items, if the body has one (Jellyfin:
    /// `/TotalRecordCount`): paging stops when it is reached.
    pub total: Option<&'static str>,
    /// The JSON pointer of a boolean saying whether more items follow, if the body has one
    /// (Smooch: `/hasMore`): `false` is the last page.
    pub more: Option<&'static str>,
}

/// Generated code declares each paged operation's `Pager` with a constant expression: the
/// constructor of its kind of paging, then a setter for each pointer the body has.
///
/// ```
/// use clientgen_runtime::{Pager, Pagination};
///
/// static PAGER: Pager = Pager::offset("startIndex", "limit")
///     .items("/Items")
///     .total("/TotalRecordCount");
/// assert_eq!(PAGER.kind, Pagination::Offset { offset: "startIndex", limit: "limit" });
/// assert_eq!((PAGER.items, PAGER.total, PAGER.more), ("/Items", Some("/TotalRecordCount"), None));
/// assert_eq!(Pager::link(Some("per_page")).items, "");
/// ```
impl Pager {
    /// Paging of `kind`; the body is the items array, with no total and no "more" flag.
    pub const fn new(kind: Pagination) -> Self {
        Pager {
            kind,
            items: "",
            total: None,
            more: None,
        }
    }

    /// [`Pagination::Offset`].
    pub const fn offset(offset: &'static str, limit: &'static str) -> Self {
        Self::new(Pagination::Offset { offset, limit })
    }

    /// [`Pagination::Page`].
    pub const fn page(page: &'static str, per_page: &'static str, first: u64) -> Self {
        Self::new(Pagination::Page {
            page,
            per_page,
            first,
        })
    }

    /// [`Pagination::Cursor`].
    pub const fn cursor(
        param: &'static str,
        next: &'static str,
        limit: Option<&'static str>,
    ) -> Self {
        Self::new(Pagination::Cursor { param, next, limit })
    }

    /// [`Pagination::NextUrl`].
    pub const fn next_url(next: &'static str) -> Self {
        Self::new(Pagination::NextUrl { next })
    }

    /// [`Pagination::Link`].
    pub const fn link(limit: Option<&'static str>) -> Self {
        Self::new(Pagination::Link { limit })
    }

    /// The JSON pointer of the items array in the body.
    pub const fn items(self, items: &'static str) -> Self {
        Pager { items, ..self }
    }

    /// The JSON pointer of the total number of items.
    pub const fn total(self, total: &'static str) -> Self {
        Pager {
            total: Some(total),
            ..self
        }
    }

    /// The JSON pointer of the "more items follow" boolean.
    pub const fn more(self, more: &'static str) -> Self {
        Pager {
            more: Some(more),
            ..self
        }
    }

    /// The page-size parameter, if any (what a page-size setter sets).
    pub fn limit(&self) -> Option<&'static str> {
        match self.kind {
            Pagination::Offset { limit, .. } => Some(limit),
            Pagination::Page { per_page, .. } => Some(per_page),
            Pagination::Cursor { limit, .. } | Pagination::Link { limit } => limit,
            Pagination::NextUrl { .. } => None,
        }
    }
}

/// Where the next page is, after `raw` (the page just received), or `None` after the last;
/// and how many items `raw` holds. `start` is the offset of this page's first item, `page`
/// its number.
fn next_page(
    pager: &Pager,
    page_size: Option<u64>,
    raw: &RawResponse,
    start: u64,
    page: u64,
) -> (Option<Next>, u64) {
    let body: Option<Value> = serde_json::from_slice(&raw.body).ok();
    let count = body
        .as_ref()
        .and_then(|b| b.pointer(pager.items))
        .and_then(Value::as_array)
        .map_or(0, |a| a.len() as u64);
    let total = pager
        .total
        .and_then(|t| body.as_ref()?.pointer(t)?.as_u64());
    let received = start + count;
    let short = page_size.is_some_and(|size| count < size);
    let no_more = pager
        .more
        .and_then(|m| body.as_ref()?.pointer(m)?.as_bool())
        == Some(false);
    let done = count == 0 || no_more || total.is_some_and(|t| received >= t);
    let next = match pager.kind {
        Pagination::Offset { offset, .. } if !done && !short => {
            Some(Next::Query(offset, received.to_string()))
        }
        Pagination::Page {
            page: param, first, ..
        } if !done && !short => Some(Next::Query(param, (page.max(first) + 1).to_string())),
        Pagination::Cursor { param, next, .. } if count > 0 && !no_more => {
            match body.as_ref().and_then(|b| b.pointer(next)) {
                Some(Value::String(s)) if !s.is_empty() => Some(Next::Query(param, s.clone())),
                Some(Value::Number(n)) => Some(Next::Query(param, n.to_string())),
                _ => None,
            }
        }
        Pagination::NextUrl { next } if count > 0 && !no_more => {
            match body.as_ref().and_then(|b| b.pointer(next)) {
                Some(Value::String(s)) if !s.is_empty() => Some(Next::Url(s.clone())),
                _ => None,
            }
        }
        Pagination::Link { .. } if !no_more => next_link(&raw.headers).map(Next::Url),
        _ => None,
    };
    (next, count)
}

/// How the next request differs from the last.
enum Next {
    /// This query parameter takes this value.
    Query(&'static str, String),
    /// This URL (from a `Link` header).
    Url(String),
}

/// The `rel="next"` target of the `Link` headers (RFC 8288: `<url>; rel="next"`, several
/// links per header separated by commas, `rel` possibly listing several types).
fn next_link(headers: &reqwest::header::HeaderMap) -> Option<String> {
    for value in headers.get_all(reqwest::header::LINK) {
        let Ok(text) = value.to_str() else { continue };
        let mut rest = text;
        while let Some(start) = rest.find('<') {
            let end = start + rest[start..].find('>')?;
            let target = &rest[start + 1..end];
            let params_end = rest[end..].find('<').map_or(rest.len(), |i| end + i);
            // `; rel="next"` up to the comma before the next link.
            let params = rest[end + 1..params_end].trim_end().trim_end_matches(',');
            let is_next = params.split(';').any(|p| {
                let Some((key, value)) = p.split_once('=') else {
                    return false;
                };
                key.trim().eq_ignore_ascii_case("rel")
                    && value
                        .trim()
                        .trim_matches('"')
                        .split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("next"))
            });
            if is_next {
                return Some(target.to_string());
            }
            rest = &rest[params_end..];
        }
    }
    None
}

/// One page, decoded, or what stopped the paging.
pub type PageResult<P, E> = Result<ResponseValue<P>, Error<E>>;

/// A paged operation's pages, each decoded as the operation decodes its response: a
/// [`Stream`] of `Result<ResponseValue<P>, Error<E>>`. Each page is one request, with the
/// client's retries (a retryable failure mid-way is retried like any request, no page is
/// skipped or repeated); the stream ends after the last page, or with the first error.
/// Dropping it stops paging: nothing is requested ahead.
///
/// The paging itself (sending each page, finding the next) is one state machine compiled
/// once for every operation; an operation adds only its decoding function.
pub struct Pages<P, E> {
    raw: RawPages,
    decode: Decode<P, E>,
}

impl<P, E> fmt::Debug for Pages<P, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Pages").finish_non_exhaustive()
    }
}

impl<P, E> Pages<P, E> {
    /// The next page, decoded (`Stream::poll_next` and [`Items`] share it).
    fn poll_page(&mut self, cx: &mut Context<'_>) -> Poll<Option<PageResult<P, E>>> {
        match self.raw.poll_page(cx) {
            Poll::Ready(Some(Ok(raw))) => Poll::Ready(Some((self.decode)(raw))),
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e.widen()))),
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Pending => Poll::Pending,
        }
    }

    /// The items of every page, in order: `items` takes them out of a page's body.
    pub fn items<I>(self, items: fn(P) -> Vec<I>) -> Items<P, I, E> {
        Items {
            pages: self,
            items,
            queue: Vec::new().into_iter(),
        }
    }
}

impl<P, E> Stream for Pages<P, E> {
    type Item = PageResult<P, E>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        Pin::into_inner(self).poll_page(cx)
    }
}

/// The items of a paged operation's pages, in order ([`Pages::items`]): a [`Stream`] of
/// `Result<I, Error<E>>`. An error ends it; dropping it stops paging.
pub struct Items<P, I, E> {
    pages: Pages<P, E>,
    items: fn(P) -> Vec<I>,
    /// The current page's items not yet handed out.
    queue: std::vec::IntoIter<I>,
}

// Nothing is pinned structurally: the items are moved out one by one.
impl<P, I, E> Unpin for Items<P, I, E> {}

impl<P, I, E> fmt::Debug for Items<P, I, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Items").finish_non_exhaustive()
    }
}

impl<P, I, E> Stream for Items<P, I, E> {
    type Item = Result<I, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = Pin::into_inner(self);
        loop {
            if let Some(item) = this.queue.next() {
                return Poll::Ready(Some(Ok(item)));
            }
            match this.pages.poll_page(cx) {
                Poll::Ready(Some(Ok(page))) => {
                    this.queue = (this.items)(page.into_body()).into_iter();
                }
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// A page's raw response on its way: [`Core::send`]'s future, boxed.
type PageSending = Pin<Box<dyn Future<Output = Result<RawResponse, Error<Infallible>>> + Send>>;

/// The pages of a paged operation as raw responses, the next one found as the [`Pager`]
/// says: the part of paging that does not depend on the operation, so not generic.
struct RawPages {
    core: Arc<Core>,
    /// The next page's request; `None` after the last page.
    request: Option<Request>,
    opts: RequestOptions,
    pager: Pager,
    page_size: Option<u64>,
    /// The page being received, and a copy of its request to build the next one from
    /// (`None` when its body cannot be sent again).
    sending: Option<(PageSending, Option<Request>)>,
    /// The offset of the next page's first item.
    start: u64,
    /// The next page's number.
    page: u64,
}

impl RawPages {
    /// The next page's response, or `None` after the last page (or an error).
    fn poll_page(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<RawResponse, Error<Infallible>>>> {
        if self.sending.is_none() {
            let Some(request) = self.request.take() else {
                return Poll::Ready(None);
            };
            let template = request.try_clone();
            let core = Arc::clone(&self.core);
            let opts = self.opts.clone();
            let response: PageSending = Box::pin(async move { core.send(request, opts).await });
            self.sending = Some((response, template));
        }
        let Some((response, _)) = self.sending.as_mut() else {
            return Poll::Ready(None);
        };
        let result = match response.as_mut().poll(cx) {
            Poll::Ready(result) => result,
            Poll::Pending => return Poll::Pending,
        };
        let template = self.sending.take().and_then(|(_, template)| template);
        let raw = match result {
            Ok(raw) => raw,
            Err(e) => return Poll::Ready(Some(Err(e))),
        };
        if raw.status.is_success() {
            let (following, count) =
                next_page(&self.pager, self.page_size, &raw, self.start, self.page);
            self.start += count;
            self.page += 1;
            if let (Some(next), Some(mut request)) = (following, template) {
                match next {
                    Next::Query(name, value) => request.set_query(name, &value),
                    Next::Url(url) => request.set_url(url),
                }
                self.request = Some(request);
            }
        }
        Poll::Ready(Some(Ok(raw)))
    }
}

impl Core {
    /// The pages of a paged operation, from `req` on: each sent with `opts` (retries and
    /// all) and decoded with `decode`, the next one found as `pager` says. With `page_size`,
    /// every page asks for that many items (the pager's page-size parameter).
    pub fn pages<P, E>(
        self: &Arc<Self>,
        req: Request,
        opts: RequestOptions,
        pager: Pager,
        page_size: Option<u64>,
        decode: Decode<P, E>,
    ) -> Pages<P, E> {
        Pages {
            raw: RawPages::new(Arc::clone(self), req, opts, pager, page_size),
            decode,
        }
    }
}

impl RawPages {
    /// Paging from `req` on (see [`Core::pages`]).
    fn new(
        core: Arc<Core>,
        mut req: Request,
        opts: RequestOptions,
        pager: Pager,
        page_size: Option<u64>,
    ) -> Self {
        if let (Some(size), Some(param)) = (page_size, pager.limit()) {
            req.set_query(param, &size.to_string());
        }
        // Paging starts where the caller's request does (an offset or page number set on
        // the builder), else at the start.
        let from = |param: &str| req.query_value(param).and_then(|v| v.parse::<u64>().ok());
        let (start, page) = match pager.kind {
            Pagination::Offset { offset, .. } => (from(offset).unwrap_or(0), 0),
            Pagination::Page { page, first, .. } => (0, from(page).unwrap_or(first)),
            _ => (0, 0),
        };
        RawPages {
            core,
            request: Some(req),
            opts,
            pager,
            page_size,
            sending: None,
            start,
            page,
        }
    }
}

impl Request {
    /// The (percent-encoded) value of the query parameter `name`, if set once.
    fn query_value(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Send this request to `url` (the next page's link) instead of its path and query.
    fn set_url(&mut self, url: String) {
        self.url = Some(url);
    }

    /// Set the query parameter `name` to `value` (a form-style scalar), replacing the value
    /// it had.
    pub fn set_query(&mut self, name: &str, value: &str) {
        let encoded: Vec<(String, String)> =
            Format::form(true).items(name, &Value::from(value), super::params::Escape::Url);
        let key = encoded.first().map(|(k, _)| k.clone()).unwrap_or_default();
        self.query.retain(|(k, _)| *k != key);
        self.query.extend(encoded);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};
    use reqwest::StatusCode;

    fn raw(body: &str, link: Option<&'static str>) -> RawResponse {
        let mut headers = HeaderMap::new();
        if let Some(l) = link {
            headers.insert(reqwest::header::LINK, HeaderValue::from_static(l));
        }
        RawResponse {
            status: StatusCode::OK,
            headers,
            body: body.to_string().into(),
        }
    }

    fn query(next: (Option<Next>, u64)) -> (Option<String>, u64) {
        let (n, count) = next;
        let text = n.map(|n| match n {
            Next::Query(k, v) => format!("{k}={v}"),
            Next::Url(u) => u,
        });
        (text, count)
    }

    const OFFSET: Pager = Pager {
        kind: Pagination::Offset {
            offset: "startIndex",
            limit: "limit",
        },
        items: "/Items",
        total: Some("/TotalRecordCount"),
        more: None,
    };

    #[test]
    fn constructors_build_what_the_struct_literal_does() {
        assert_eq!(
            Pager::offset("startIndex", "limit")
                .items("/Items")
                .total("/TotalRecordCount"),
            OFFSET
        );
        let page = Pager::page("page", "size", 1).more("/hasMore");
        assert_eq!(
            (page.kind, page.items, page.total, page.more),
            (
                Pagination::Page {
                    page: "page",
                    per_page: "size",
                    first: 1
                },
                "",
                None,
                Some("/hasMore")
            )
        );
        assert_eq!(
            Pager::cursor("after", "/next", None).kind,
            Pagination::Cursor {
                param: "after",
                next: "/next",
                limit: None
            }
        );
        assert_eq!(
            Pager::next_url("/next").kind,
            Pagination::NextUrl { next: "/next" }
        );
        assert_eq!(Pager::link(Some("n")).limit(), Some("n"));
    }

    #[test]
    fn offsets_advance_by_the_items_received_until_the_total() {
        let page = raw(r#"{"Items": [1, 2], "TotalRecordCount": 5}"#, None);
        assert_eq!(
            query(next_page(&OFFSET, None, &page, 0, 0)),
            (Some("startIndex=2".into()), 2)
        );
        let last = raw(r#"{"Items": [5], "TotalRecordCount": 5}"#, None);
        assert_eq!(query(next_page(&OFFSET, None, &last, 4, 2)), (None, 1));
        let empty = raw(r#"{"Items": []}"#, None);
        assert_eq!(query(next_page(&OFFSET, None, &empty, 4, 2)), (None, 0));
        // No total: a page shorter than the size asked for is the last.
        let no_total = Pager {
            total: None,
            ..OFFSET
        };
        let short = raw(r#"{"Items": [1]}"#, None);
        assert_eq!(
            query(next_page(&no_total, Some(2), &short, 0, 0)),
            (None, 1)
        );
    }

    #[test]
    fn pages_count_up_and_cursors_come_from_the_body() {
        let pager = Pager {
            kind: Pagination::Page {
                page: "page",
                per_page: "per_page",
                first: 1,
            },
            items: "",
            total: None,
            more: None,
        };
        let page = raw("[1, 2]", None);
        assert_eq!(
            query(next_page(&pager, Some(2), &page, 0, 1)),
            (Some("page=2".into()), 2)
        );
        let cursor = Pager {
            kind: Pagination::Cursor {
                param: "after",
                next: "/meta/next",
                limit: None,
            },
            items: "/data",
            total: None,
            more: None,
        };
        let page = raw(r#"{"data": [1], "meta": {"next": "abc"}}"#, None);
        assert_eq!(
            query(next_page(&cursor, None, &page, 0, 0)),
            (Some("after=abc".into()), 1)
        );
        for end in [
            r#"{"data": [1], "meta": {"next": null}}"#,
            r#"{"data": [1], "meta": {"next": ""}}"#,
            r#"{"data": [1]}"#,
        ] {
            assert_eq!(
                query(next_page(&cursor, None, &raw(end, None), 0, 0)).0,
                None
            );
        }
    }

    #[test]
    fn the_next_link_is_found_among_several() {
        let pager = Pager {
            kind: Pagination::Link { limit: None },
            items: "",
            total: None,
            more: None,
        };
        let page = raw(
            "[1]",
            Some(
                r#"<https://api.example.com/items?page=1>; rel="prev first", <https://api.example.com/items?page=3>; rel="next""#,
            ),
        );
        assert_eq!(
            query(next_page(&pager, None, &page, 0, 0)).0.as_deref(),
            Some("https://api.example.com/items?page=3")
        );
        let first = raw(
            "[1]",
            Some(r#"</items?page=2>; rel="next", </items?page=9>; rel="last""#),
        );
        assert_eq!(
            query(next_page(&pager, None, &first, 0, 0)).0.as_deref(),
            Some("/items?page=2")
        );
        let unquoted = raw("[1]", Some("</items?page=2>; rel=next"));
        assert_eq!(
            query(next_page(&pager, None, &unquoted, 0, 0)).0.as_deref(),
            Some("/items?page=2")
        );
        assert_eq!(
            query(next_page(
                &pager,
                None,
                &raw("[1]", Some(r#"<a>; rel="prev""#)),
                0,
                0
            ))
            .0,
            None
        );
    }

    #[test]
    fn next_urls_come_from_the_body_and_has_more_false_ends() {
        let pager = Pager {
            kind: Pagination::NextUrl { next: "/next" },
            items: "/messages",
            total: None,
            more: None,
        };
        let page = raw(r#"{"messages": [1], "next": "/m?before=9"}"#, None);
        assert_eq!(
            query(next_page(&pager, None, &page, 0, 0)),
            (Some("/m?before=9".into()), 1)
        );
        let last = raw(r#"{"messages": [1], "next": null}"#, None);
        assert_eq!(query(next_page(&pager, None, &last, 0, 0)), (None, 1));
        let offset = Pager {
            more: Some("/hasMore"),
            total: None,
            ..OFFSET
        };
        let more = raw(r#"{"Items": [1], "hasMore": true}"#, None);
        assert_eq!(
            query(next_page(&offset, Some(2), &more, 0, 0)).0,
            None,
            "a short page is the last even when the body says more"
        );
        let full = raw(r#"{"Items": [1, 2], "hasMore": true}"#, None);
        assert_eq!(
            query(next_page(&offset, Some(2), &full, 0, 0)).0.as_deref(),
            Some("startIndex=2")
        );
        let end = raw(r#"{"Items": [1, 2], "hasMore": false}"#, None);
        assert_eq!(query(next_page(&offset, Some(2), &end, 0, 0)).0, None);
    }
}
