//! Every request runs in a `tracing` span named `request` carrying the operation, method,
//! final status and attempt number. Checked with a minimal recording subscriber.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use service_clients::jellyfin::Client;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

type Spans = Arc<Mutex<Vec<(String, BTreeMap<String, String>)>>>;

struct Recorder(Spans);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(
            field.name().to_string(),
            format!("{value:?}").trim_matches('"').to_string(),
        );
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, attrs: &Attributes<'_>) -> Id {
        let mut spans = self.0.lock().unwrap();
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        spans.push((attrs.metadata().name().to_string(), fields));
        Id::from_u64(spans.len() as u64)
    }
    fn record(&self, id: &Id, values: &Record<'_>) {
        let mut spans = self.0.lock().unwrap();
        if let Some((_, fields)) = spans.get_mut(id.into_u64() as usize - 1) {
            values.record(&mut Fields(fields));
        }
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, _: &Event<'_>) {}
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[tokio::test]
async fn each_request_has_a_span_with_operation_method_status_attempt() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/Users/Public"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "0"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/Users/Public"))
        .respond_with(ResponseTemplate::new(200).set_body_string("[]"))
        .mount(&server)
        .await;
    let spans: Spans = Arc::default();
    let _guard = tracing::subscriber::set_default(Recorder(spans.clone()));
    let client = Client::new(server.uri());
    let users = client.get_public_users().await.unwrap();
    assert!(users.body().is_empty());
    let spans = spans.lock().unwrap();
    let requests: Vec<_> = spans.iter().filter(|(name, _)| name == "request").collect();
    assert_eq!(
        requests.len(),
        1,
        "one span per call, attempts recorded on it: {spans:?}"
    );
    let fields = &requests[0].1;
    assert_eq!(
        fields.get("operation").map(String::as_str),
        Some("getPublicUsers")
    );
    assert_eq!(fields.get("method").map(String::as_str), Some("GET"));
    assert_eq!(
        fields.get("status").map(String::as_str),
        Some("200"),
        "{fields:?}"
    );
    assert_eq!(
        fields.get("attempt").map(String::as_str),
        Some("2"),
        "retried once after the 503"
    );
    assert_eq!(fields.get("api").map(String::as_str), Some("jellyfin"));
}
