//! Bodies on the wire: a multipart part from a stream (exact bytes), and typed decoding of
//! responses whose Content-Type carries parameters (`charset`, `profile=`, both).

use service_clients::runtime::Nullable;
use std::convert::Infallible;

use serde_json::json;
use service_clients::runtime::{reqwest, FilePart};
use service_clients::{emby, jellyfin};
use wiremock::{Request, ResponseTemplate};

use crate::behaviour::jellyfin_builder;
use crate::{only_request, serve};

// --------------------------------------------------------------- multipart from a stream

const APP_ID: &str = "5963c0d619a30a2e00de36b8";
const USER_ID: &str = "steveb@channel5.com";

fn smooch_client(uri: &str) -> service_clients::smooch::Client {
    service_clients::smooch::Client::builder()
        .base_url(uri)
        .jwt("t")
        .no_retries()
        .build()
        .unwrap()
}

fn smooch_created() -> ResponseTemplate {
    crate::json(201, crate::smooch::message_response_json())
}

/// A streamed file in chunks that split a CRLF and hold bytes that are not UTF-8.
fn chunks() -> Vec<&'static [u8]> {
    vec![
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\r",
        b"\n--not-a-boundary\r\n",
        b"",
        b"\xff\xd9",
    ]
}

fn streamed() -> reqwest::Body {
    let items: Vec<Result<Vec<u8>, Infallible>> =
        chunks().into_iter().map(|c| Ok(c.to_vec())).collect();
    reqwest::Body::wrap_stream(futures_util::stream::iter(items))
}

fn boundary(req: &Request) -> String {
    let ct = req.headers["content-type"].to_str().unwrap();
    ct.strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("not multipart/form-data: {ct}"))
        .to_string()
}

/// The whole multipart body, byte for byte: the file part, then the `role` text field.
fn expected_multipart(boundary: &str, file_headers: &str) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(format!("--{boundary}\r\n{file_headers}\r\n\r\n").as_bytes());
    for c in chunks() {
        out.extend_from_slice(c);
    }
    out.extend_from_slice(
        format!(
            "\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nappUser\r\n--{boundary}--\r\n"
        )
        .as_bytes(),
    );
    out
}

#[tokio::test]
async fn multipart_file_from_a_stream_with_length_exact_bytes() {
    let server = serve(smooch_created()).await;
    let len: usize = chunks().iter().map(|c| c.len()).sum();
    let part = FilePart::stream(streamed(), Some(len as u64))
        .file_name("cat.jpg")
        .content_type("image/jpeg");
    let res = smooch_client(&server.uri())
        .post_image_message(APP_ID, USER_ID, part, "appUser")
        .await
        .unwrap();
    assert_eq!(res.status().as_u16(), 201);
    assert_eq!(res.body().message.id, "55c8c1498590aa1900b9b9b1");
    let req = only_request(&server).await;
    assert_eq!(req.method.as_str(), "POST");
    let boundary = boundary(&req);
    let want = expected_multipart(
        &boundary,
        "Content-Disposition: form-data; name=\"source\"; filename=\"cat.jpg\"\r\nContent-Type: image/jpeg",
    );
    assert_eq!(
        req.body,
        want,
        "got:\n{}\nwant:\n{}",
        String::from_utf8_lossy(&req.body),
        String::from_utf8_lossy(&want)
    );
}

#[tokio::test]
async fn multipart_file_from_a_stream_of_unknown_length_exact_bytes() {
    let server = serve(smooch_created()).await;
    let part = FilePart::stream(streamed(), None)
        .file_name("notes.txt")
        .content_type("text/plain; charset=utf-8");
    smooch_client(&server.uri())
        .post_image_message(APP_ID, USER_ID, part, "appUser")
        .await
        .unwrap();
    let req = only_request(&server).await;
    let boundary = boundary(&req);
    let want = expected_multipart(
        &boundary,
        "Content-Disposition: form-data; name=\"source\"; filename=\"notes.txt\"\r\nContent-Type: text/plain; charset=utf-8",
    );
    assert_eq!(
        req.body,
        want,
        "got:\n{}\nwant:\n{}",
        String::from_utf8_lossy(&req.body),
        String::from_utf8_lossy(&want)
    );
}

// ------------------------------------------------- Content-Type with parameters: decoding

const USER_UUID: &str = "38a5a5bb-dc30-49a2-b175-1de0d1488c43";

fn users_with(content_type: &str) -> ResponseTemplate {
    let body = json!([{"Name": "alice", "Id": USER_UUID, "HasPassword": true}]);
    ResponseTemplate::new(200).set_body_raw(serde_json::to_vec(&body).unwrap(), content_type)
}

/// JSON media types with parameters, as ASP.NET Core, Jellyfin and API gateways send them.
const JSON_TYPES: &[&str] = &[
    "application/json; charset=utf-8",
    "application/json; profile=\"CamelCase\"",
    "application/json; profile=\"PascalCase\"; charset=utf-8",
    "application/json; profile=\"https://schemas.example.com/profiles/user\"; charset=utf-8",
    "application/json;charset=UTF-8;profile=\"https://example.com/p?a=1;b=2\"",
    "application/vnd.api+json; profile=\"https://example.com/v1\"",
    "application/problem+json; charset=utf-8",
    "text/json; charset=utf-8",
    "Application/JSON; Charset=\"utf-8\"",
];

#[tokio::test]
async fn json_with_content_type_parameters_decodes_to_the_typed_body() {
    for ct in JSON_TYPES {
        let server = serve(users_with(ct)).await;
        let client = jellyfin_builder(&server.uri()).build().unwrap();
        let res = client
            .get_users()
            .await
            .unwrap_or_else(|e| panic!("{ct}: {e:?}"));
        assert_eq!(res.headers()["content-type"], *ct);
        assert_eq!(
            res.body(),
            &vec![jellyfin::types::UserDto {
                name: Nullable::Value("alice".into()),
                id: Some(USER_UUID.parse().unwrap()),
                has_password: Some(true),
                ..Default::default()
            }],
            "{ct}"
        );
    }
}

fn exchange_with(content_type: &str) -> ResponseTemplate {
    let body = json!({"LocalUserId": "u1", "AccessToken": "t1"});
    ResponseTemplate::new(200).set_body_raw(serde_json::to_vec(&body).unwrap(), content_type)
}

fn exchange_expected() -> emby::types::ConnectConnectAuthenticationExchangeResult {
    emby::types::ConnectConnectAuthenticationExchangeResult {
        local_user_id: Some("u1".into()),
        access_token: Some("t1".into()),
        additional_properties: Default::default(),
    }
}

async fn emby_exchange(template: ResponseTemplate, ct: &str) {
    let server = serve(template).await;
    let res = emby::Client::builder()
        .base_url(server.uri())
        .apikeyauth("k")
        .no_retries()
        .build()
        .unwrap()
        .get_connect_exchange("c")
        .await
        .unwrap_or_else(|e| panic!("{ct}: {e:?}"));
    let mut body = res.into_body();
    // An XML body's attributes land among the properties the schema does not name
    // (lossless), under quick-xml's `@name` keys: the namespace declaration here.
    if let Some(namespace) = body.additional_properties.remove("@xmlns") {
        assert!(ct.to_ascii_lowercase().contains("xml"), "{ct}");
        assert_eq!(
            namespace, "http://schemas.datacontract.org/2004/07/Emby.Server.Connect",
            "{ct}"
        );
    }
    assert_eq!(body, exchange_expected(), "{ct}");
}

/// Emby's operations answer JSON or XML and pick the decoder from the Content-Type.
#[tokio::test]
async fn emby_json_with_content_type_parameters_decodes() {
    for ct in JSON_TYPES {
        emby_exchange(exchange_with(ct), ct).await;
    }
}

#[tokio::test]
async fn emby_xml_with_content_type_parameters_decodes() {
    let xml = "<ConnectAuthenticationExchangeResult xmlns=\"http://schemas.datacontract.org/2004/07/Emby.Server.Connect\"><LocalUserId>u1</LocalUserId><AccessToken>t1</AccessToken></ConnectAuthenticationExchangeResult>";
    for ct in [
        "application/xml; charset=utf-8",
        "text/xml; charset=\"utf-8\"",
        "application/xml;charset=utf-8;profile=\"https://example.com/p\"",
    ] {
        emby_exchange(ResponseTemplate::new(200).set_body_raw(xml, ct), ct).await;
    }
}

/// A JSON response whose `profile` parameter merely contains the letters "xml".
#[tokio::test]
async fn emby_json_whose_profile_mentions_xml_decodes_as_json() {
    let ct = "application/json; profile=\"https://example.com/profiles/xml-compatible\"";
    emby_exchange(exchange_with(ct), ct).await;
}

/// Media types are case-insensitive (RFC 9110 §8.3.1): `Application/XML` is XML.
#[tokio::test]
async fn emby_xml_with_an_upper_case_media_type_decodes() {
    let xml = "<ConnectAuthenticationExchangeResult><LocalUserId>u1</LocalUserId><AccessToken>t1</AccessToken></ConnectAuthenticationExchangeResult>";
    for ct in ["Application/XML; charset=utf-8", "TEXT/XML"] {
        emby_exchange(ResponseTemplate::new(200).set_body_raw(xml, ct), ct).await;
    }
}
