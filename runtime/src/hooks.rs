//! [`Hook`]: see and change each request, see each response; [`AsyncHook`]: the same,
//! awaiting, and changing the final response too.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::{BoxFuture, OperationSpec, RawResponse};

/// Inspect or change each request before it is sent, and see each response. Both methods
/// do nothing by default.
///
/// ```
/// use clientgen_runtime::reqwest::header::{HeaderMap, HeaderValue};
/// use clientgen_runtime::{Hook, OperationSpec, StatusCode};
///
/// struct CorrelationId;
///
/// impl Hook for CorrelationId {
///     fn on_request(&self, _op: &OperationSpec, request: &mut clientgen_runtime::reqwest::Request) -> Result<(), String> {
///         request.headers_mut().insert("x-correlation-id", HeaderValue::from_static("c-1"));
///         Ok(())
///     }
///     fn on_response(&self, op: &OperationSpec, status: StatusCode, _headers: &HeaderMap) {
///         println!("{} answered {status}", op.id);
///     }
/// }
/// ```
pub trait Hook: Send + Sync {
    /// Called before every attempt; an `Err` stops the request.
    fn on_request(&self, op: &OperationSpec, request: &mut reqwest::Request) -> Result<(), String> {
        let _ = (op, request);
        Ok(())
    }
    /// Called for every response received (before retry decisions).
    fn on_response(&self, op: &OperationSpec, status: StatusCode, headers: &HeaderMap) {
        let _ = (op, status, headers);
    }
}

/// A hook that may await: before each attempt (after the [`Hook`]s) it sees and may change
/// the request, and it sees and may change the final response (after retries, before it is
/// decoded: status, headers and body). An `Err` from either fails the call with
/// [`Error::Hook`](super::Error::Hook). Both do nothing by default.
///
/// ```
/// use clientgen_runtime::reqwest::header::HeaderValue;
/// use clientgen_runtime::{AsyncHook, BoxFuture, OperationSpec, RawResponse};
///
/// struct Signed;
///
/// impl AsyncHook for Signed {
///     fn on_request<'a>(&'a self, _op: &'a OperationSpec, request: &'a mut clientgen_runtime::reqwest::Request) -> BoxFuture<'a, Result<(), String>> {
///         Box::pin(async move {
///             // e.g. an awaited call to a signing service
///             request.headers_mut().insert("x-signature", HeaderValue::from_static("s-1"));
///             Ok(())
///         })
///     }
///     fn on_response<'a>(&'a self, _op: &'a OperationSpec, response: &'a mut RawResponse) -> BoxFuture<'a, Result<(), String>> {
///         Box::pin(async move {
///             response.headers.remove("set-cookie");
///             Ok(())
///         })
///     }
/// }
/// ```
pub trait AsyncHook: Send + Sync {
    /// Called before every attempt, after the [`Hook`]s.
    fn on_request<'a>(
        &'a self,
        op: &'a OperationSpec,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), String>> {
        let _ = (op, request);
        Box::pin(async { Ok(()) })
    }
    /// Called once per call with the response it returns (after retries and the OAuth2
    /// refresh), before the response is decoded.
    fn on_response<'a>(
        &'a self,
        op: &'a OperationSpec,
        response: &'a mut RawResponse,
    ) -> BoxFuture<'a, Result<(), String>> {
        let _ = (op, response);
        Box::pin(async { Ok(()) })
    }
}
