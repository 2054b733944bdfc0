//! Each golden module on the wire: the exact request its client sends to a real HTTP server
//! on 127.0.0.1, and the typed value it decodes from the server's answer, re-encoded to the
//! same JSON.

use serde_json::{json, Value};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A server answering every request with `template`.
async fn serve(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

fn json_response(status: u16, body: &Value) -> ResponseTemplate {
    ResponseTemplate::new(status).set_body_raw(body.to_string(), "application/json")
}

async fn only_request(server: &MockServer) -> Request {
    let mut all = server.received_requests().await.unwrap();
    assert_eq!(all.len(), 1, "one request");
    all.remove(0)
}

fn body_json(req: &Request) -> Value {
    serde_json::from_slice(&req.body).unwrap()
}

/// Decoding `value` as `T` and encoding it again gives `value` back, exactly (numbers too:
/// an integer does not come back as a float).
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(value: &Value) -> T {
    let typed: T = serde_json::from_value(value.clone())
        .unwrap_or_else(|e| panic!("{value} does not decode: {e}"));
    let again = serde_json::to_value(&typed).unwrap();
    assert_eq!(&again, value, "re-encoded");
    assert_eq!(again.to_string(), value.to_string(), "same text");
    typed
}

mod integers {
    use super::*;
    use clientgen_golden::integers::{types, Client};

    #[tokio::test]
    async fn uint64_and_every_width_round_trip() {
        let counter = json!({
            "value": u64::MAX,
            "flags": 9_223_372_036_854_775_808_u64,
            "signed": i64::MIN,
            "i8": i8::MIN, "i16": i16::MIN, "i32": i32::MIN, "i64": i64::MIN,
            "u8": u8::MAX, "u16": u16::MAX, "u32": u32::MAX,
            "unbounded": 5,
            "above_i64": u64::MAX,
            "float": 1.5, "double": 0.1
        });
        let server = serve(json_response(200, &counter)).await;
        let got = Client::new(server.uri())
            .get_counter(u64::MAX)
            .mask(u64::MAX)
            .small(-128)
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(req.url.path(), "/counters/18446744073709551615");
        assert_eq!(
            req.url.query(),
            Some("mask=18446744073709551615&small=-128")
        );
        let body = got.into_body();
        assert_eq!(body.value, u64::MAX);
        assert_eq!(body.flags, Some(types::Flags::Value9223372036854775808));
        assert_eq!(
            body.signed,
            Some(types::Signed::ValueMinus9223372036854775808)
        );
        assert_eq!(body.i8, Some(i8::MIN));
        assert_eq!(body.above_i64, Some(u64::MAX));
        round_trip::<types::Counter>(&counter);
    }

    #[test]
    fn integer_enum_values_beyond_i64_are_kept_and_unknown_ones_are_open() {
        assert_eq!(types::Flags::Value18446744073709551615.value(), u64::MAX);
        let flags: types::Flags = round_trip(&json!(18_446_744_073_709_551_615_u64));
        assert_eq!(flags, types::Flags::Value18446744073709551615);
        let other: types::Flags = round_trip(&json!(7));
        assert_eq!(other, types::Flags::Other(7));
        let signed: types::Signed = round_trip(&json!(-1));
        assert_eq!(signed, types::Signed::ValueMinus1);
        assert!(serde_json::from_value::<types::Counter>(json!({"value": -1})).is_err());
    }
}

mod discriminators {
    use super::*;
    use clientgen_golden::discriminators::{types, Client};

    #[tokio::test]
    async fn variants_that_declare_the_tag_send_it_once_and_decode() {
        let server = serve(json_response(
            200,
            &json!({"shape_type": "square", "side": 2.0}),
        ))
        .await;
        let circle = types::Shape::Circle(Box::new(types::Circle {
            shape_type: "circle".into(),
            radius: 1.5,
        }));
        let got = Client::new(server.uri()).add_shape(&circle).await.unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            String::from_utf8(req.body.clone()).unwrap(),
            r#"{"shape_type":"circle","radius":1.5}"#
        );
        match got.into_body() {
            types::Shape::Square(s) => assert_eq!(s.side, 2.0),
            other => panic!("{other:?}"),
        }
        let back: types::Shape = round_trip(&json!({"shape_type": "circle", "radius": 1.5}));
        assert_eq!(back, circle);
    }

    #[test]
    fn the_variant_decides_the_tag_it_is_sent_with() {
        // A variant built with another tag value is still sent as what it is.
        let wrong = types::Shape::Circle(Box::new(types::Circle {
            shape_type: "square".into(),
            radius: 1.0,
        }));
        assert_eq!(
            serde_json::to_value(&wrong).unwrap(),
            json!({"shape_type": "circle", "radius": 1.0})
        );
    }

    #[test]
    fn unknown_and_missing_tags_are_kept_not_errors() {
        let hexagon = json!({"shape_type": "hexagon", "sides": 6});
        assert_eq!(
            round_trip::<types::Shape>(&hexagon),
            types::Shape::Other(hexagon.clone())
        );
        let untagged = json!({"radius": 1});
        assert_eq!(
            round_trip::<types::Shape>(&untagged),
            types::Shape::Other(untagged.clone())
        );
    }

    #[tokio::test]
    async fn implicit_mapping_adds_the_schema_name_as_the_tag() {
        let server = serve(json_response(200, &json!({"petType": "Cat", "lives": 9}))).await;
        let dog = types::Pet::Dog(Box::new(types::Dog {
            bark: "woof".into(),
        }));
        let got = Client::new(server.uri()).add_pet(&dog).await.unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            String::from_utf8(req.body.clone()).unwrap(),
            r#"{"petType":"Dog","bark":"woof"}"#
        );
        assert_eq!(
            got.into_body(),
            types::Pet::Cat(Box::new(types::Cat { lives: Some(9) }))
        );
        round_trip::<types::Pet>(&json!({"petType": "Dog", "bark": "woof"}));
    }

    #[test]
    fn all_of_wrapped_inline_variants_in_any_of_take_their_tag_from_the_enum() {
        let bike = json!({"kind": "bike", "wheels": 2, "gears": 21});
        match round_trip::<types::Vehicle>(&bike) {
            types::Vehicle::Bike(b) => {
                assert_eq!((b.wheels, b.gears), (2, Some(21)));
            }
            other => panic!("{other:?}"),
        }
        let car = json!({"kind": "car", "wheels": 4, "doors": 5});
        assert!(matches!(
            round_trip::<types::Vehicle>(&car),
            types::Vehicle::Car(_)
        ));
    }

    #[test]
    fn nested_discriminators_decode_both_levels() {
        let bat = json!({"class": "mammal", "species": "bat", "wingspan": 0.3});
        match round_trip::<types::Animal>(&bat) {
            types::Animal::Mammal(m) => match *m {
                types::Mammal::Bat(b) => assert_eq!(b.wingspan, Some(0.3)),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
        let bird = json!({"class": "bird", "flies": true});
        assert!(matches!(
            round_trip::<types::Animal>(&bird),
            types::Animal::Bird(_)
        ));
    }
}

mod read_write_only {
    use super::*;
    use clientgen_golden::read_write_only::{types, Client};

    #[tokio::test]
    async fn read_only_is_never_sent_and_write_only_need_not_come_back() {
        let created = json!({"id": 7, "created_at": "2024-01-02T03:04:05Z", "name": "crash"});
        let server = serve(json_response(201, &created)).await;
        let bug = types::Bug {
            id: Some(99),
            created_at: None,
            name: "crash".into(),
            password: Some("hunter2".into()),
        };
        let got = Client::new(server.uri()).create_bug(&bug).await.unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            body_json(&req),
            json!({"name": "crash", "password": "hunter2"})
        );
        let body = got.into_body();
        assert_eq!(body.id, Some(7));
        assert_eq!(body.password, None);
        assert_eq!(
            body.created_at.map(|t| t.to_string()),
            Some("2024-01-02T03:04:05Z".to_string())
        );
    }
}

mod media_types {
    use super::*;
    use clientgen_golden::media_types::{types, Client, GetItemError, PutItemError};
    use clientgen_golden::runtime::Error;

    #[tokio::test]
    async fn a_wildcard_response_with_an_object_schema_is_typed() {
        let server = serve(json_response(200, &json!({"name": "lamp"}))).await;
        let got = Client::new(server.uri()).get_item("a").await.unwrap();
        assert_eq!(got.body().name.as_deref(), Some("lamp"));

        let server = serve(json_response(404, &json!({"message": "no such item"}))).await;
        match Client::new(server.uri()).get_item("b").await {
            Err(Error::Api(r)) => match r.into_body() {
                GetItemError::NotFound(types::GetItemResponse404 { message }) => {
                    assert_eq!(message.as_deref(), Some("no such item"))
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_wildcard_response_that_is_not_json_is_a_decode_error_keeping_the_body() {
        let server =
            serve(ResponseTemplate::new(200).set_body_raw("<html>lamp</html>", "text/html")).await;
        match Client::new(server.uri()).get_item("a").await {
            Err(Error::Decode { response, .. }) => {
                assert_eq!(&response.body[..], b"<html>lamp</html>")
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_wildcard_request_body_with_an_object_schema_is_sent_as_json() {
        let server = serve(
            ResponseTemplate::new(200)
                .set_body_raw(r#"{"name":"lamp"}"#, "application/vnd.acme.item+json"),
        )
        .await;
        let body = types::PutItemBody {
            name: Some("lamp".into()),
        };
        let got = Client::new(server.uri())
            .put_item("a", &body)
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(req.headers["content-type"], "application/json");
        assert_eq!(body_json(&req), json!({"name": "lamp"}));
        assert_eq!(got.body().name.as_deref(), Some("lamp"));

        let server = serve(ResponseTemplate::new(400).set_body_raw(
            r#"{"title":"bad","status":400}"#,
            "application/problem+json",
        ))
        .await;
        match Client::new(server.uri()).put_item("a", &body).await {
            Err(Error::Api(r)) => match r.into_body() {
                PutItemError::BadRequest(p) => assert_eq!(p.status, Some(400)),
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn binary_under_a_wildcard_is_bytes_and_text_is_a_string() {
        let server =
            serve(ResponseTemplate::new(200).set_body_raw(&b"\x00\xffPNG"[..], "image/png")).await;
        let got = Client::new(server.uri()).get_blob("a").await.unwrap();
        assert_eq!(got.body().as_slice(), b"\x00\xffPNG");

        let server = serve(ResponseTemplate::new(200).set_body_raw("red", "text/plain")).await;
        let got = Client::new(server.uri()).get_label("a").await.unwrap();
        assert_eq!(got.body(), "red");

        let server =
            serve(ResponseTemplate::new(200).set_body_raw(r#"{"ok":true}"#, "text/json")).await;
        let got = Client::new(server.uri()).get_legacy().await.unwrap();
        assert_eq!(got.body().ok, Some(true));
    }
}

mod names {
    use super::*;
    use clientgen_golden::names::{types, Client};

    #[tokio::test]
    async fn keyword_named_parameters_go_where_the_spec_says() {
        let server = serve(json_response(200, &json!({"self": "s", "Self": true}))).await;
        let got = Client::new(server.uri())
            .get_link("me")
            .crate_("c")
            .super_("s")
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(req.url.path(), "/links/me");
        assert_eq!(req.url.query(), Some("crate=c"));
        assert_eq!(req.headers["super"], "s");
        let link = got.into_body();
        assert_eq!((link.self_.as_str(), link.self2), ("s", true));
    }

    #[test]
    fn enum_values_rust_cannot_spell_are_distinct_variants() {
        let all = ["self", "Self", "super", "crate", "_", "Self_"];
        let variants: Vec<types::Relation> = all.iter().map(|v| round_trip(&json!(v))).collect();
        assert_eq!(
            variants,
            [
                types::Relation::Self_,
                types::Relation::Self2,
                types::Relation::Super,
                types::Relation::Crate,
                types::Relation::Value,
                types::Relation::Self3,
            ]
        );
        let link = json!({"self": "a", "Self": false, "_": "u", "2fa": true, "café": "x"});
        round_trip::<types::Link>(&link);
    }
}

mod parameters {
    use super::*;
    use clientgen_golden::parameters::{types, Client};

    #[tokio::test]
    async fn object_and_array_headers_and_cookies_follow_their_styles() {
        let server = serve(ResponseTemplate::new(204)).await;
        let filter = types::Filter {
            first_name: Some("Alex".into()),
            role: Some("admin".into()),
        };
        Client::new(server.uri())
            .find_people()
            .x_filter(filter.clone())
            .x_filter_exploded(filter.clone())
            .x_ids(vec![1, 2])
            .session(vec!["a".into(), "b".into()])
            .prefs(filter)
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(req.headers["x-filter"], "firstName,Alex,role,admin");
        assert_eq!(
            req.headers["x-filter-exploded"],
            "firstName=Alex,role=admin"
        );
        assert_eq!(req.headers["x-ids"], "1,2");
        assert_eq!(
            req.headers["cookie"],
            "session=a; session=b; prefs=firstName,Alex,role,admin"
        );
    }
}

mod form_bodies {
    use super::*;
    use clientgen_golden::form_bodies::{types, Client};

    #[tokio::test]
    async fn arrays_and_objects_follow_the_encoding_object() {
        let server = serve(json_response(200, &json!({"access_token": "t"}))).await;
        let body = types::RequestTokenBody {
            grant_type: "client credentials".into(),
            scope: Some(vec!["read".into(), "write".into()]),
            audience: Some(vec!["a b".into(), "c".into()]),
            claims: Some(types::RequestTokenBodyClaims {
                sub: Some("me".into()),
                level: Some(2),
            }),
            meta: Some(types::RequestTokenBodyMeta {
                a: Some("1".into()),
                b: None,
            }),
        };
        let got = Client::new(server.uri())
            .request_token(&body)
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            req.headers["content-type"],
            "application/x-www-form-urlencoded"
        );
        assert_eq!(
            String::from_utf8(req.body.clone()).unwrap(),
            "grant_type=client+credentials&scope=read&scope=write&audience=a+b,c\
             &claims%5Bsub%5D=me&claims%5Blevel%5D=2&a=1"
        );
        assert_eq!(got.body().access_token.as_deref(), Some("t"));
    }
}

mod nullable {
    use super::*;
    use clientgen_golden::nullable::{types, Client};
    use clientgen_golden::runtime::Nullable;

    fn record() -> types::Record {
        types::Record {
            optional_nonnull: None,
            required_nonnull: "r".into(),
            optional_nullable: Nullable::Absent,
            required_nullable: None,
            nullable_ref: Nullable::Absent,
            nullable_array: Nullable::Absent,
            array_of_nullable: None,
            nullable_enum: Nullable::Absent,
        }
    }

    /// A PATCH can leave a property out, clear it with `null`, or set it: three requests.
    #[tokio::test]
    async fn absent_null_and_a_value_are_three_requests() {
        let echo = json!({"required_nonnull": "r", "required_nullable": null});
        let server = serve(json_response(200, &echo)).await;
        let client = Client::new(server.uri());
        let cleared = types::Record {
            optional_nullable: Nullable::Null,
            nullable_ref: Nullable::Null,
            nullable_array: Nullable::Null,
            nullable_enum: Nullable::Null,
            ..record()
        };
        let set = types::Record {
            optional_nonnull: Some("o".into()),
            optional_nullable: Nullable::Value("v".into()),
            required_nullable: Some("n".into()),
            nullable_ref: Nullable::Value(types::Owner {
                name: Some("me".into()),
            }),
            nullable_array: Nullable::Value(vec![1]),
            array_of_nullable: Some(vec![Some(1), None]),
            nullable_enum: Nullable::Value(types::RecordNullableEnum::Off),
            ..record()
        };
        for body in [record(), cleared, set] {
            client.update_record("1", &body).await.unwrap();
        }
        let bodies: Vec<String> = server
            .received_requests()
            .await
            .unwrap()
            .iter()
            .map(|r| String::from_utf8(r.body.clone()).unwrap())
            .collect();
        assert_eq!(
            bodies,
            [
                r#"{"required_nonnull":"r","required_nullable":null}"#,
                r#"{"required_nonnull":"r","optional_nullable":null,"required_nullable":null,"nullable_ref":null,"nullable_array":null,"nullable_enum":null}"#,
                r#"{"optional_nonnull":"o","required_nonnull":"r","optional_nullable":"v","required_nullable":"n","nullable_ref":{"name":"me"},"nullable_array":[1],"array_of_nullable":[1,null],"nullable_enum":"off"}"#,
            ]
        );
    }

    /// A response tells the three states apart the same way.
    #[test]
    fn responses_report_absent_null_and_value_apart() {
        let absent: types::Record =
            round_trip(&json!({"required_nonnull": "r", "required_nullable": null}));
        assert_eq!(absent.optional_nullable, Nullable::Absent);
        assert_eq!(absent.required_nullable, None);
        let null: types::Record = round_trip(
            &json!({"required_nonnull": "r", "optional_nullable": null, "required_nullable": "x"}),
        );
        assert_eq!(null.optional_nullable, Nullable::Null);
        assert_eq!(null.required_nullable.as_deref(), Some("x"));
        let value: types::Record = round_trip(
            &json!({"required_nonnull": "r", "optional_nullable": "v", "required_nullable": null}),
        );
        assert_eq!(value.optional_nullable.as_deref(), Some("v"));
    }
}

mod nullable31 {
    use super::*;
    use clientgen_golden::nullable31::{types, Client};
    use clientgen_golden::runtime::Nullable;

    /// `type: [integer, number]` keeps integers exact; `[string, "null"]` and `oneOf`/`anyOf`
    /// with a `null` branch are nullable, with the same three states as 3.0's `nullable`.
    #[tokio::test]
    async fn type_arrays_and_null_branches() {
        let stored = json!({"value": 5, "unit": null, "meter": null, "previous": {"serial": "A1"}});
        let server = serve(json_response(200, &stored)).await;
        let reading = types::Reading {
            value: 7.into(),
            unit: Some("kWh".into()),
            note: Nullable::Null,
            meter: Nullable::Absent,
            previous: Nullable::Absent,
        };
        let got = Client::new(server.uri())
            .add_reading(&reading)
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            String::from_utf8(req.body.clone()).unwrap(),
            r#"{"value":7,"unit":"kWh","note":null}"#
        );
        let body = got.into_body();
        assert_eq!(body.value.as_i64(), Some(5));
        assert_eq!(body.meter, Nullable::Null);
        assert_eq!(body.note, Nullable::Absent);
        round_trip::<types::Reading>(&stored);
        round_trip::<types::Reading>(&json!({"value": 5.5, "unit": "x"}));
        round_trip::<types::Reading>(
            &json!({"value": 18_446_744_073_709_551_615_u64, "unit": null}),
        );
    }
}

mod ref_siblings {
    use super::*;
    use clientgen_golden::nullable::types;
    use clientgen_golden::runtime::Nullable;

    #[test]
    fn nullable_beside_a_ref_is_taken() {
        let held: types::Holder = round_trip(&json!({"owner": null}));
        assert_eq!(held.owner, Nullable::Null);
        round_trip::<types::Holder>(&json!({"owner": {"name": "me"}}));
        round_trip::<types::Holder>(&json!({}));
    }
}

mod multipart {
    use super::*;
    use clientgen_golden::multipart::{types, Client};
    use clientgen_golden::runtime::FilePart;

    /// The boundary from the request's Content-Type.
    fn boundary(req: &Request) -> String {
        let ct = req.headers["content-type"].to_str().unwrap().to_string();
        ct.strip_prefix("multipart/form-data; boundary=")
            .unwrap_or_else(|| panic!("{ct}"))
            .to_string()
    }

    /// Each part's Content-Type follows `encoding.<part>.contentType`, else OpenAPI's
    /// default (binary: application/octet-stream, object: application/json, text: none,
    /// i.e. text/plain); the caller's `FilePart::content_type` wins; an in-memory body is
    /// sent with a Content-Length, not chunked.
    #[tokio::test]
    async fn parts_follow_the_spec_and_the_body_has_a_length() {
        let server = serve(ResponseTemplate::new(204)).await;
        Client::new(server.uri())
            .upload(FilePart::bytes(&b"\x00\x01"[..]).file_name("a.bin"))
            .picture(FilePart::bytes(&b"PNG"[..]).file_name("p.png"))
            .meta(types::UploadBodyMeta {
                tag: Some("t".into()),
            })
            .note("hello")
            .csv("a,b")
            .await
            .unwrap();
        let req = only_request(&server).await;
        let b = boundary(&req);
        let expected = format!(
            "--{b}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n\x00\x01\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"p.png\"\r\nContent-Type: image/png\r\n\r\nPNG\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{{\"tag\":\"t\"}}\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n\
             --{b}\r\nContent-Disposition: form-data; name=\"csv\"\r\nContent-Type: text/csv\r\n\r\na,b\r\n\
             --{b}--\r\n"
        );
        assert_eq!(String::from_utf8_lossy(&req.body), expected);
        assert_eq!(
            req.headers["content-length"],
            expected.len().to_string().as_str()
        );
        assert!(req.headers.get("transfer-encoding").is_none());
    }

    #[tokio::test]
    async fn the_callers_content_type_wins() {
        let server = serve(ResponseTemplate::new(204)).await;
        Client::new(server.uri())
            .upload(FilePart::bytes(&b"x"[..]).content_type("text/x-custom"))
            .picture(FilePart::bytes(&b"y"[..]).content_type("image/webp"))
            .await
            .unwrap();
        let req = only_request(&server).await;
        let body = String::from_utf8_lossy(&req.body).to_string();
        assert!(
            body.contains("name=\"file\"\r\nContent-Type: text/x-custom\r\n"),
            "{body}"
        );
        assert!(
            body.contains("name=\"picture\"\r\nContent-Type: image/webp\r\n"),
            "{body}"
        );
    }
}
