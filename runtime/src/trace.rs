//! Tracing: one `tracing` span per request, `request`, with the fields `api` (the spec's
//! module name), `operation` (its `operationId`), `method`, `status` (of the last
//! response) and `attempt` (1 for the first try). Retries log a `debug` event with the
//! wait.

use super::{ApiSpec, OperationSpec};

/// The span a request runs in; `status` and `attempt` are recorded as they become known.
pub(super) fn request_span(api: &ApiSpec, op: &OperationSpec) -> tracing::Span {
    tracing::info_span!(
        "request",
        api = api.name,
        operation = op.id,
        method = op.method.as_str(),
        status = tracing::field::Empty,
        attempt = tracing::field::Empty
    )
}
