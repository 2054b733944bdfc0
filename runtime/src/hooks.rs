//! [`Hook`]: see and change each request, see each response.

use reqwest::header::HeaderMap;
use reqwest::StatusCode;

use super::OperationSpec;

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
