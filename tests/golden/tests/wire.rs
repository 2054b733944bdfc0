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
            additional_properties: Default::default(),
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
            additional_properties: Default::default(),
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
            additional_properties: Default::default(),
        }));
        let got = Client::new(server.uri()).add_pet(&dog).await.unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            String::from_utf8(req.body.clone()).unwrap(),
            r#"{"petType":"Dog","bark":"woof"}"#
        );
        assert_eq!(
            got.into_body(),
            // `Cat` does not declare `petType`: the tag is the union's, not among the
            // properties `Cat` keeps unnamed.
            types::Pet::Cat(Box::new(types::Cat {
                lives: Some(9),
                additional_properties: Default::default(),
            }))
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
    /// Mapping values that are bare schema names (`card: Card`) select the schema they
    /// name; a second value for the same schema (`credit`) decodes as it too, and is
    /// encoded with the first (the generator warns).
    #[test]
    fn bare_schema_names_and_several_values_for_one_schema() {
        let card = json!({"method": "card", "last4": "4242"});
        match round_trip::<types::Payment>(&card) {
            types::Payment::Card(c) => assert_eq!(c.last4.as_deref(), Some("4242")),
            other => panic!("{other:?}"),
        }
        let transfer = json!({"method": "transfer", "iban": "DE00"});
        match round_trip::<types::Payment>(&transfer) {
            types::Payment::Transfer(t) => {
                assert_eq!(t.iban.as_deref(), Some("DE00"));
                assert!(t.additional_properties.is_empty(), "the tag is the union's");
            }
            other => panic!("{other:?}"),
        }
        let credit: types::Payment =
            serde_json::from_value(json!({"method": "credit", "last4": "1"})).unwrap();
        assert!(matches!(credit, types::Payment::Card(_)));
        assert_eq!(
            serde_json::to_value(&credit).unwrap(),
            json!({"method": "card", "last4": "1"})
        );
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
            additional_properties: Default::default(),
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
    use clientgen_golden::media_types::{
        types, Client, CopyItemSuccess, GetItemError, PutItemError,
    };
    use clientgen_golden::runtime::Error;

    #[tokio::test]
    async fn a_success_with_and_without_a_body_is_an_option() {
        let server = serve(json_response(200, &json!({"name": "draft"}))).await;
        let got = Client::new(server.uri()).get_draft("a").await.unwrap();
        assert_eq!(got.status().as_u16(), 200);
        let draft = got.into_body().expect("a body on 200");
        assert_eq!(draft.name.as_deref(), Some("draft"));

        let server = serve(ResponseTemplate::new(204)).await;
        let got = Client::new(server.uri()).get_draft("a").await.unwrap();
        assert_eq!((got.status().as_u16(), got.into_body()), (204, None));
    }

    #[tokio::test]
    async fn success_statuses_with_bodies_of_their_own_are_an_enum() {
        let server = serve(json_response(200, &json!({"name": "lamp"}))).await;
        match Client::new(server.uri())
            .copy_item("a")
            .await
            .unwrap()
            .into_body()
        {
            CopyItemSuccess::Ok(item) => assert_eq!(item.name.as_deref(), Some("lamp")),
            other => panic!("{other:?}"),
        }
        let server = serve(json_response(201, &json!("copy-1"))).await;
        match Client::new(server.uri())
            .copy_item("a")
            .await
            .unwrap()
            .into_body()
        {
            CopyItemSuccess::Created(id) => assert_eq!(id, "copy-1"),
            other => panic!("{other:?}"),
        }
        let server = serve(ResponseTemplate::new(202)).await;
        let got = Client::new(server.uri())
            .copy_item("a")
            .await
            .unwrap()
            .into_body();
        assert_eq!(got, CopyItemSuccess::Accepted);
        // A body that is not the status's type is a decoding error keeping the response.
        let server = serve(json_response(201, &json!({"not": "a string"}))).await;
        match Client::new(server.uri()).copy_item("a").await {
            Err(Error::Decode { response, .. }) => assert_eq!(response.status.as_u16(), 201),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_wildcard_response_with_an_object_schema_is_typed() {
        let server = serve(json_response(200, &json!({"name": "lamp"}))).await;
        let got = Client::new(server.uri()).get_item("a").await.unwrap();
        assert_eq!(got.body().name.as_deref(), Some("lamp"));

        let server = serve(json_response(404, &json!({"message": "no such item"}))).await;
        match Client::new(server.uri()).get_item("b").await {
            Err(Error::Api(r)) => match r.into_body() {
                GetItemError::NotFound(types::GetItemResponse404 { message, .. }) => {
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
            additional_properties: Default::default(),
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

    #[tokio::test]
    async fn a_binary_body_streams_and_an_error_status_is_still_decoded() {
        let blob: Vec<u8> = (0..200_000u32).map(|i| (i % 256) as u8).collect();
        let server =
            serve(ResponseTemplate::new(200).set_body_raw(blob.clone(), "image/png")).await;
        let got = Client::new(server.uri())
            .get_blob("a")
            .send_stream()
            .await
            .unwrap();
        assert_eq!(got.status(), 200);
        assert_eq!(got.headers()["content-type"], "image/png");
        let body = got.into_body();
        assert_eq!(body.content_length(), Some(blob.len() as u64));
        assert_eq!(body.collect::<()>().await.unwrap(), blob);

        let server = serve(ResponseTemplate::new(404).set_body_raw("gone", "text/plain")).await;
        let error = Client::new(server.uri())
            .get_blob("a")
            .send_stream()
            .await
            .unwrap_err();
        match error {
            clientgen_golden::runtime::Error::UnexpectedStatus(raw) => {
                assert_eq!((raw.status.as_u16(), raw.text().as_str()), (404, "gone"))
            }
            other => panic!("{other:?}"),
        }
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
            additional_properties: Default::default(),
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
                additional_properties: Default::default(),
            }),
            meta: Some(types::RequestTokenBodyMeta {
                a: Some("1".into()),
                b: None,
                additional_properties: Default::default(),
            }),
            additional_properties: Default::default(),
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
            additional_properties: Default::default(),
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
                additional_properties: Default::default(),
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
            additional_properties: Default::default(),
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
                additional_properties: Default::default(),
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

// ---------------------------------------------------------------------------------------
// Parameter serialization: OpenAPI 3.0's style table and Swagger 2.0's collectionFormat
// ---------------------------------------------------------------------------------------

/// Every request `server` received, in order.
async fn received(server: &MockServer) -> Vec<Request> {
    server.received_requests().await.unwrap()
}

/// Table rows: each `(given, want)` against what went out for it, failing with every row
/// that differs (not only the first), so a broken style shows all of its cells at once.
#[track_caller]
fn check_rows(what: &str, rows: &[(&str, &str)], got: &[Option<Vec<u8>>]) {
    let wrong: Vec<String> = (0..rows.len().max(got.len()))
        .filter_map(|i| {
            let (given, want) = rows.get(i).copied().unwrap_or(("(no such row)", ""));
            let got = got.get(i).cloned().flatten();
            if got.as_deref() == Some(want.as_bytes()) && i < rows.len() {
                return None;
            }
            let got = got.as_deref().map(String::from_utf8_lossy);
            Some(format!("  {given}\n    want {want:?}\n    got  {got:?}"))
        })
        .collect();
    assert!(
        wrong.is_empty(),
        "{what}: {} of {} cells differ:\n{}",
        wrong.len(),
        rows.len(),
        wrong.join("\n")
    );
}

/// The exact bytes of a request's query string, path or header (the URL as the server
/// received it, parsed by `url` on both ends, which keeps the client's escaping as is).
fn query_bytes(req: &Request) -> Option<Vec<u8>> {
    req.url.query().map(|q| q.as_bytes().to_vec())
}

fn header_bytes(req: &Request, name: &str) -> Option<Vec<u8>> {
    let mut all = req.headers.get_all(name).iter();
    let first = all.next().map(|v| v.as_bytes().to_vec());
    assert!(all.next().is_none(), "one {name} header");
    first
}

fn colors() -> Vec<String> {
    vec!["blue".into(), "black".into(), "brown".into()]
}

/// Items holding delimiters and characters a URL escapes: each item is escaped on its own,
/// the delimiters between items stay literal.
fn tricky() -> Vec<String> {
    vec!["a b".into(), "c,d|e;f=g".into()]
}

mod parameter_styles {
    use super::*;
    use clientgen_golden::parameter_styles::{
        types, Client, CookieStyles, HeaderStyles, PathStyles, QueryStyles,
    };
    use clientgen_golden::runtime::Error;

    fn rgb() -> types::Rgb {
        types::Rgb {
            r: 100,
            g: 200,
            b: 150,
            additional_properties: Default::default(),
        }
    }

    /// `path_styles` with strings `s` and arrays `a` for the parameters of each style and
    /// explode, in the spec's order (simple, label, matrix; unexploded, exploded), and
    /// `{R: 100, G: 200, B: 150}` for every object.
    fn path_styles<'a>(client: &'a Client, s: [&str; 6], a: [Vec<String>; 6]) -> PathStyles<'a> {
        let [a0, a1, a2, a3, a4, a5] = a;
        client.path_styles(
            s[0],
            a0,
            rgb(),
            s[1],
            a1,
            rgb(),
            s[2],
            a2,
            rgb(),
            s[3],
            a3,
            rgb(),
            s[4],
            a4,
            rgb(),
            s[5],
            a5,
            rgb(),
        )
    }

    /// Path: `simple`, `label` and `matrix`, unexploded and exploded, for a string, an array
    /// and an object: one segment each, as OpenAPI's style table gives it for `blue`,
    /// `[blue, black, brown]` and `{R: 100, G: 200, B: 150}` (`label` unexploded with
    /// commas, as RFC 6570 and OpenAPI 3.0.4 / 3.1.1 write it).
    #[tokio::test]
    async fn path_parameters_follow_the_style_table() {
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        path_styles(&client, ["blue"; 6], std::array::from_fn(|_| colors()))
            .await
            .unwrap();
        let rows = [
            ("simple, string", "blue"),
            ("simple, array", "blue,black,brown"),
            ("simple, object", "R,100,G,200,B,150"),
            ("simple, exploded, string", "blue"),
            ("simple, exploded, array", "blue,black,brown"),
            ("simple, exploded, object", "R=100,G=200,B=150"),
            ("label, string", ".blue"),
            ("label, array", ".blue,black,brown"),
            ("label, object", ".R,100,G,200,B,150"),
            ("label, exploded, string", ".blue"),
            ("label, exploded, array", ".blue.black.brown"),
            ("label, exploded, object", ".R=100.G=200.B=150"),
            ("matrix, string", ";matrixString=blue"),
            ("matrix, array", ";matrixArray=blue,black,brown"),
            ("matrix, object", ";matrixObject=R,100,G,200,B,150"),
            ("matrix, exploded, string", ";matrixExplodedString=blue"),
            (
                "matrix, exploded, array",
                ";matrixExplodedArray=blue;matrixExplodedArray=black;matrixExplodedArray=brown",
            ),
            ("matrix, exploded, object", ";R=100;G=200;B=150"),
        ];
        let req = only_request(&server).await;
        let path = req.url.path();
        let segments: Vec<Option<Vec<u8>>> = path
            .strip_prefix("/path/")
            .unwrap_or_else(|| panic!("{path}"))
            .split('/')
            .map(|s| Some(s.as_bytes().to_vec()))
            .collect();
        check_rows("path segments", &rows, &segments);
    }

    /// Each path item is percent-encoded on its own (`/`, `,`, `;`, `=` and spaces inside
    /// an item are escaped), the style's delimiters stay literal.
    #[tokio::test]
    async fn path_items_are_escaped_one_by_one() {
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        path_styles(&client, ["a/b;c"; 6], std::array::from_fn(|_| tricky()))
            .await
            .unwrap();
        let (s, a) = ("a%2Fb%3Bc", "a%20b,c%2Cd%7Ce%3Bf%3Dg");
        let (x, obj) = ("a%20b.c%2Cd%7Ce%3Bf%3Dg", "R,100,G,200,B,150");
        let want = [
            format!("{s}/{a}/{obj}/{s}/{a}/R=100,G=200,B=150"),
            format!(".{s}/.{a}/.{obj}/.{s}/.{x}/.R=100.G=200.B=150"),
            format!(";matrixString={s}/;matrixArray={a}/;matrixObject={obj}"),
            format!(
                ";matrixExplodedString={s}/;matrixExplodedArray=a%20b\
                 ;matrixExplodedArray=c%2Cd%7Ce%3Bf%3Dg/;R=100;G=200;B=150"
            ),
        ];
        assert_eq!(
            only_request(&server).await.url.path(),
            format!("/path/{}", want.join("/"))
        );
    }

    /// An empty path value (a string, an array or an object with nothing in it) would drop
    /// the segment, and a value that comes out as `.` or `..` filling a segment would be
    /// resolved away (a `label` of `.` is `..`): each is refused, in every style, before
    /// anything is sent. A dot inside a segment is fine.
    #[tokio::test]
    async fn empty_and_dot_segment_path_values_are_refused() {
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        let valid = || std::array::from_fn::<_, 6, _>(|_| colors());
        let mut refused = Vec::new();
        for i in 0..6 {
            let mut strings = ["blue"; 6];
            strings[i] = "";
            refused.push((
                format!("empty string #{i}"),
                path_styles(&client, strings, valid()),
            ));
            let mut arrays = valid();
            arrays[i] = Vec::new();
            refused.push((
                format!("empty array #{i}"),
                path_styles(&client, ["blue"; 6], arrays),
            ));
        }
        let mut dots = ["blue"; 6];
        dots[0] = "..";
        refused.push(("simple `..`".into(), path_styles(&client, dots, valid())));
        let mut dots = ["blue"; 6];
        dots[2] = ".";
        refused.push((
            "label `.` (`..`)".into(),
            path_styles(&client, dots, valid()),
        ));
        for (given, request) in refused {
            match request.await {
                Err(Error::InvalidRequest(m)) => {
                    assert!(m.starts_with("path parameter "), "{given}: {m}")
                }
                other => panic!("{given}: {other:?}"),
            }
        }
        assert!(received(&server).await.is_empty(), "nothing may be sent");
        path_styles(&client, ["..."; 6], valid()).await.unwrap();
        let path = only_request(&server).await.url.path().to_string();
        assert!(path.starts_with("/path/.../blue,black,brown/"), "{path}");
    }

    type QueryRow = (
        &'static str,
        fn(QueryStyles<'_>) -> QueryStyles<'_>,
        &'static str,
    );

    /// Query: `form` (unexploded and, by default, exploded), `spaceDelimited`,
    /// `pipeDelimited` and `deepObject`, for the empty string, a string, an array and an
    /// object, one request per cell, and items holding delimiters.
    #[tokio::test]
    async fn query_parameters_follow_the_style_table() {
        let rows: Vec<QueryRow> = vec![
            ("form, empty string", |q| q.form_string(""), "formString="),
            ("form, string", |q| q.form_string("blue"), "formString=blue"),
            (
                "form, array",
                |q| q.form_array(colors()),
                "formArray=blue,black,brown",
            ),
            (
                "form, object",
                |q| q.form_object(rgb()),
                "formObject=R,100,G,200,B,150",
            ),
            (
                "form, exploded, empty string",
                |q| q.form_exploded_string(""),
                "formExplodedString=",
            ),
            (
                "form, exploded, string",
                |q| q.form_exploded_string("blue"),
                "formExplodedString=blue",
            ),
            (
                "form, exploded, array",
                |q| q.form_exploded_array(colors()),
                "formExplodedArray=blue&formExplodedArray=black&formExplodedArray=brown",
            ),
            (
                "form, exploded, object",
                |q| q.form_exploded_object(rgb()),
                "R=100&G=200&B=150",
            ),
            (
                "spaceDelimited, array",
                |q| q.space_delimited_array(colors()),
                "spaceDelimitedArray=blue%20black%20brown",
            ),
            (
                "spaceDelimited, object",
                |q| q.space_delimited_object(rgb()),
                "spaceDelimitedObject=R%20100%20G%20200%20B%20150",
            ),
            (
                "pipeDelimited, array",
                |q| q.pipe_delimited_array(colors()),
                "pipeDelimitedArray=blue|black|brown",
            ),
            (
                "pipeDelimited, object",
                |q| q.pipe_delimited_object(rgb()),
                "pipeDelimitedObject=R|100|G|200|B|150",
            ),
            (
                "deepObject, exploded, object",
                |q| q.deep_object_exploded_object(rgb()),
                "deepObjectExplodedObject%5BR%5D=100&deepObjectExplodedObject%5BG%5D=200\
                 &deepObjectExplodedObject%5BB%5D=150",
            ),
            (
                "form, string with & and =",
                |q| q.form_string("a&b=c"),
                "formString=a%26b%3Dc",
            ),
            (
                "form, array of items holding delimiters",
                |q| q.form_array(tricky()),
                "formArray=a%20b,c%2Cd%7Ce%3Bf%3Dg",
            ),
            (
                "form, exploded, array of items holding delimiters",
                |q| q.form_exploded_array(tricky()),
                "formExplodedArray=a%20b&formExplodedArray=c%2Cd%7Ce%3Bf%3Dg",
            ),
            (
                "spaceDelimited, array of items holding delimiters",
                |q| q.space_delimited_array(tricky()),
                "spaceDelimitedArray=a%20b%20c%2Cd%7Ce%3Bf%3Dg",
            ),
            (
                "pipeDelimited, array of items holding delimiters",
                |q| q.pipe_delimited_array(tricky()),
                "pipeDelimitedArray=a%20b|c%2Cd%7Ce%3Bf%3Dg",
            ),
        ];
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        for (_, set, _) in &rows {
            set(client.query_styles()).await.unwrap();
        }
        let got: Vec<_> = received(&server).await.iter().map(query_bytes).collect();
        let rows: Vec<_> = rows.iter().map(|(g, _, w)| (*g, *w)).collect();
        check_rows("query strings", &rows, &got);
    }

    type HeaderRow = (
        &'static str,
        fn(HeaderStyles<'_>) -> HeaderStyles<'_>,
        &'static str,
        &'static str,
    );

    /// Headers: `simple`, unexploded (the default) and exploded, for the empty string, a
    /// string, an array and an object; header values are not percent-encoded.
    #[tokio::test]
    async fn header_parameters_follow_the_style_table() {
        let rows: Vec<HeaderRow> = vec![
            (
                "simple, empty string",
                |h| h.x_simple_string(""),
                "x-simple-string",
                "",
            ),
            (
                "simple, string",
                |h| h.x_simple_string("blue"),
                "x-simple-string",
                "blue",
            ),
            (
                "simple, array",
                |h| h.x_simple_array(colors()),
                "x-simple-array",
                "blue,black,brown",
            ),
            (
                "simple, object",
                |h| h.x_simple_object(rgb()),
                "x-simple-object",
                "R,100,G,200,B,150",
            ),
            (
                "simple, exploded, empty string",
                |h| h.x_simple_exploded_string(""),
                "x-simple-exploded-string",
                "",
            ),
            (
                "simple, exploded, string",
                |h| h.x_simple_exploded_string("blue"),
                "x-simple-exploded-string",
                "blue",
            ),
            (
                "simple, exploded, array",
                |h| h.x_simple_exploded_array(colors()),
                "x-simple-exploded-array",
                "blue,black,brown",
            ),
            (
                "simple, exploded, object",
                |h| h.x_simple_exploded_object(rgb()),
                "x-simple-exploded-object",
                "R=100,G=200,B=150",
            ),
            (
                "simple, array of items holding delimiters",
                |h| h.x_simple_array(tricky()),
                "x-simple-array",
                "a b,c,d|e;f=g",
            ),
        ];
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        for (_, set, ..) in &rows {
            set(client.header_styles()).await.unwrap();
        }
        let got: Vec<_> = received(&server)
            .await
            .iter()
            .zip(&rows)
            .map(|(req, (_, _, name, _))| header_bytes(req, name))
            .collect();
        let rows: Vec<_> = rows.iter().map(|(g, _, _, w)| (*g, *w)).collect();
        check_rows("headers", &rows, &got);
    }

    type CookieRow = (
        &'static str,
        fn(CookieStyles<'_>) -> CookieStyles<'_>,
        &'static str,
    );

    /// Cookies: `form`, unexploded and exploded (the default), for the empty string, a
    /// string, an array and an object; exploded items are cookies of their own, names and
    /// items percent-encoded one by one.
    #[tokio::test]
    async fn cookie_parameters_follow_the_style_table() {
        let rows: Vec<CookieRow> = vec![
            ("form, empty string", |c| c.form_string(""), "formString="),
            ("form, string", |c| c.form_string("blue"), "formString=blue"),
            (
                "form, array",
                |c| c.form_array(colors()),
                "formArray=blue,black,brown",
            ),
            (
                "form, object",
                |c| c.form_object(rgb()),
                "formObject=R,100,G,200,B,150",
            ),
            (
                "form, exploded, empty string",
                |c| c.form_exploded_string(""),
                "formExplodedString=",
            ),
            (
                "form, exploded, string",
                |c| c.form_exploded_string("blue"),
                "formExplodedString=blue",
            ),
            (
                "form, exploded, array",
                |c| c.form_exploded_array(colors()),
                "formExplodedArray=blue; formExplodedArray=black; formExplodedArray=brown",
            ),
            (
                "form, exploded, object",
                |c| c.form_exploded_object(rgb()),
                "R=100; G=200; B=150",
            ),
            (
                "form, array of items holding delimiters",
                |c| c.form_array(tricky()),
                "formArray=a%20b,c%2Cd%7Ce%3Bf%3Dg",
            ),
        ];
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        for (_, set, _) in &rows {
            set(client.cookie_styles()).await.unwrap();
        }
        let got: Vec<_> = received(&server)
            .await
            .iter()
            .map(|req| header_bytes(req, "cookie"))
            .collect();
        let rows: Vec<_> = rows.iter().map(|(g, _, w)| (*g, *w)).collect();
        check_rows("cookies", &rows, &got);
    }
}

mod collection_formats {
    use super::*;
    use clientgen_golden::collection_formats::{types, Client, HeaderFormats, QueryFormats};
    use clientgen_golden::runtime::FilePart;

    type QueryRow = (
        &'static str,
        fn(QueryFormats<'_>) -> QueryFormats<'_>,
        &'static str,
    );

    /// Query: `csv` (also when no format is given), `ssv`, `tsv`, `pipes` and `multi`.
    #[tokio::test]
    async fn query_parameters_follow_their_collection_format() {
        let rows: Vec<QueryRow> = vec![
            (
                "none (csv)",
                |q| q.default(colors()),
                "default=blue,black,brown",
            ),
            ("csv", |q| q.csv(colors()), "csv=blue,black,brown"),
            ("ssv", |q| q.ssv(colors()), "ssv=blue%20black%20brown"),
            ("tsv", |q| q.tsv(colors()), "tsv=blue%09black%09brown"),
            ("pipes", |q| q.pipes(colors()), "pipes=blue|black|brown"),
            (
                "multi",
                |q| q.multi(colors()),
                "multi=blue&multi=black&multi=brown",
            ),
            (
                "tsv, items holding delimiters",
                |q| q.tsv(tricky()),
                "tsv=a%20b%09c%2Cd%7Ce%3Bf%3Dg",
            ),
            (
                "pipes, items holding delimiters",
                |q| q.pipes(tricky()),
                "pipes=a%20b|c%2Cd%7Ce%3Bf%3Dg",
            ),
        ];
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        for (_, set, _) in &rows {
            set(client.query_formats()).await.unwrap();
        }
        let got: Vec<_> = received(&server).await.iter().map(query_bytes).collect();
        let rows: Vec<_> = rows.iter().map(|(g, _, w)| (*g, *w)).collect();
        check_rows("query strings", &rows, &got);
    }

    /// Path: `csv` (also the default), `ssv`, `tsv` and `pipes`, which OpenAPI 3.0 has no
    /// path style for: the delimiter is kept, a space or tab percent-encoded like an item.
    #[tokio::test]
    async fn path_parameters_follow_their_collection_format() {
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        client
            .path_formats(colors(), colors(), colors(), colors(), colors())
            .await
            .unwrap();
        client
            .path_formats(tricky(), tricky(), tricky(), tricky(), tricky())
            .await
            .unwrap();
        let rows = [
            ("none (csv)", "blue,black,brown"),
            ("csv", "blue,black,brown"),
            ("ssv", "blue%20black%20brown"),
            ("tsv", "blue%09black%09brown"),
            ("pipes", "blue|black|brown"),
            (
                "none (csv), items holding delimiters",
                "a%20b,c%2Cd%7Ce%3Bf%3Dg",
            ),
            ("csv, items holding delimiters", "a%20b,c%2Cd%7Ce%3Bf%3Dg"),
            ("ssv, items holding delimiters", "a%20b%20c%2Cd%7Ce%3Bf%3Dg"),
            ("tsv, items holding delimiters", "a%20b%09c%2Cd%7Ce%3Bf%3Dg"),
            ("pipes, items holding delimiters", "a%20b|c%2Cd%7Ce%3Bf%3Dg"),
        ];
        let segments: Vec<Option<Vec<u8>>> = received(&server)
            .await
            .iter()
            .flat_map(|req| {
                let path = req.url.path().strip_prefix("/path/").unwrap().to_string();
                let parts: Vec<_> = path
                    .split('/')
                    .map(|s| Some(s.as_bytes().to_vec()))
                    .collect();
                parts
            })
            .collect();
        check_rows("path segments", &rows, &segments);
    }

    type HeaderRow = (
        &'static str,
        fn(HeaderFormats<'_>) -> HeaderFormats<'_>,
        &'static str,
        &'static str,
    );

    /// Headers: `csv` (also the default), `ssv`, `tsv` and `pipes`, delimiters as they are
    /// (a header value can hold a space or a tab).
    #[tokio::test]
    async fn header_parameters_follow_their_collection_format() {
        let rows: Vec<HeaderRow> = vec![
            (
                "none (csv)",
                |h| h.x_default(colors()),
                "x-default",
                "blue,black,brown",
            ),
            ("csv", |h| h.x_csv(colors()), "x-csv", "blue,black,brown"),
            ("ssv", |h| h.x_ssv(colors()), "x-ssv", "blue black brown"),
            ("tsv", |h| h.x_tsv(colors()), "x-tsv", "blue\tblack\tbrown"),
            (
                "pipes",
                |h| h.x_pipes(colors()),
                "x-pipes",
                "blue|black|brown",
            ),
        ];
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        for (_, set, ..) in &rows {
            set(client.header_formats()).await.unwrap();
        }
        let got: Vec<_> = received(&server)
            .await
            .iter()
            .zip(&rows)
            .map(|(req, (_, _, name, _))| header_bytes(req, name))
            .collect();
        let rows: Vec<_> = rows.iter().map(|(g, _, _, w)| (*g, *w)).collect();
        check_rows("headers", &rows, &got);
    }

    /// formData (`application/x-www-form-urlencoded`): `csv` (also the default), `ssv`,
    /// `tsv`, `pipes` and `multi`, one request per format; a space is `+` in a form body.
    #[tokio::test]
    async fn form_fields_follow_their_collection_format() {
        let none = types::FormFormatsBody::default;
        let bodies = [
            (
                "none (csv)",
                types::FormFormatsBody {
                    default: Some(colors()),
                    ..none()
                },
                "default=blue,black,brown",
            ),
            (
                "csv",
                types::FormFormatsBody {
                    csv: Some(colors()),
                    ..none()
                },
                "csv=blue,black,brown",
            ),
            (
                "ssv",
                types::FormFormatsBody {
                    ssv: Some(colors()),
                    ..none()
                },
                "ssv=blue+black+brown",
            ),
            (
                "tsv",
                types::FormFormatsBody {
                    tsv: Some(colors()),
                    ..none()
                },
                "tsv=blue%09black%09brown",
            ),
            (
                "pipes",
                types::FormFormatsBody {
                    pipes: Some(colors()),
                    ..none()
                },
                "pipes=blue|black|brown",
            ),
            (
                "multi",
                types::FormFormatsBody {
                    multi: Some(colors()),
                    ..none()
                },
                "multi=blue&multi=black&multi=brown",
            ),
            (
                "tsv, items holding delimiters",
                types::FormFormatsBody {
                    tsv: Some(tricky()),
                    ..none()
                },
                "tsv=a+b%09c%2Cd%7Ce%3Bf%3Dg",
            ),
        ];
        let server = serve(ResponseTemplate::new(204)).await;
        let client = Client::new(server.uri());
        for (_, body, _) in &bodies {
            client.form_formats().body(body).await.unwrap();
        }
        let requests = received(&server).await;
        for req in &requests {
            assert_eq!(
                req.headers["content-type"],
                "application/x-www-form-urlencoded"
            );
        }
        let got: Vec<_> = requests.iter().map(|r| Some(r.body.clone())).collect();
        let rows: Vec<_> = bodies.iter().map(|(g, _, w)| (*g, *w)).collect();
        check_rows("form bodies", &rows, &got);
    }

    /// The `name="…"` and text of each part of a multipart body, in order.
    fn multipart_parts(req: &Request) -> Vec<(String, String)> {
        let content_type = req.headers["content-type"].to_str().unwrap();
        let boundary = content_type.split("boundary=").nth(1).unwrap();
        let body = String::from_utf8(req.body.clone()).unwrap();
        body.split(&format!("--{boundary}"))
            .filter_map(|part| {
                let (head, text) = part.strip_prefix("\r\n")?.split_once("\r\n\r\n")?;
                let name = head.split("name=\"").nth(1)?.split('"').next()?;
                Some((name.to_string(), text.strip_suffix("\r\n")?.to_string()))
            })
            .collect()
    }

    /// formData in a `multipart/form-data` body: `csv` (also the default), `ssv`, `tsv` and
    /// `pipes` one part each, items joined by the delimiter as they are (a part is not
    /// escaped); `multi` one part per item.
    #[tokio::test]
    async fn multipart_fields_follow_their_collection_format() {
        let server = serve(ResponseTemplate::new(204)).await;
        Client::new(server.uri())
            .upload_formats(FilePart::bytes(&b"png"[..]).file_name("a.png"))
            .default(colors())
            .csv(colors())
            .ssv(colors())
            .tsv(colors())
            .pipes(colors())
            .multi(colors())
            .await
            .unwrap();
        let rows = [
            ("file", "file\npng"),
            ("none (csv)", "default\nblue,black,brown"),
            ("csv", "csv\nblue,black,brown"),
            ("ssv", "ssv\nblue black brown"),
            ("tsv", "tsv\nblue\tblack\tbrown"),
            ("pipes", "pipes\nblue|black|brown"),
            ("multi, 1st item", "multi\nblue"),
            ("multi, 2nd item", "multi\nblack"),
            ("multi, 3rd item", "multi\nbrown"),
        ];
        let got: Vec<_> = multipart_parts(&only_request(&server).await)
            .into_iter()
            .map(|(name, text)| Some(format!("{name}\n{text}").into_bytes()))
            .collect();
        check_rows("multipart parts (name, newline, text)", &rows, &got);
    }
}

mod float_round_trip {
    use super::*;
    use clientgen_golden::integers::Client;

    /// A double the server sends comes back exactly: serde_json's default float parsing is
    /// best-effort (`1.8447091587991444e-28` would read as `…442e-28`), so the generated
    /// crates turn on its `float_roundtrip` feature.
    #[tokio::test]
    async fn doubles_decode_exactly() {
        let value: f64 = 1.844_709_158_799_144_4e-28;
        let server = serve(json_response(200, &json!({"value": 1, "double": value}))).await;
        let got = Client::new(server.uri()).get_counter(1).await.unwrap();
        assert_eq!(got.body().double.map(f64::to_bits), Some(value.to_bits()));
    }
}

/// `specs/config.yaml` through `config.clientgen.toml` and `config.overlay.yaml`: the kept
/// operations under their new names, the overlay's integer id, decimals as
/// `rust_decimal::Decimal` (a mapped type) exact on the wire both ways, and the derives
/// the config adds (`Eq`, `Hash`: the values go in a `HashSet`).
mod config {
    use super::*;
    use clientgen_golden::config::{types, Client};
    use std::str::FromStr;

    #[tokio::test]
    async fn mapped_decimals_round_trip_under_the_configured_names() {
        let pets = json!([
            {"id": 9_007_199_254_740_993_i64, "name": "Rex", "price": "12.50", "discount": "0.000000000000000001"},
            {"id": 2, "name": "Tom", "price": "7"}
        ]);
        let server = serve(json_response(200, &pets)).await;
        let client = Client::new(server.uri());
        // listPets, renamed `all_pets` by the config.
        let got = client.all_pets().await.unwrap().into_body();
        let req = only_request(&server).await;
        assert_eq!((req.method.as_str(), req.url.path()), ("GET", "/pets"));
        let rex = &got[0];
        assert_eq!(rex.id, 9_007_199_254_740_993);
        assert_eq!(rex.full_name, "Rex");
        assert_eq!(rex.price, rust_decimal::Decimal::from_str("12.50").unwrap());
        assert_eq!(rex.price.scale(), 2, "the scale the server sent is kept");
        assert_eq!(
            rex.discount,
            Some(rust_decimal::Decimal::from_str("0.000000000000000001").unwrap())
        );
        // Same JSON back, decimals as the strings they came as.
        round_trip::<Vec<types::Animal>>(&pets);
        let set: std::collections::HashSet<types::Animal> = got.iter().cloned().collect();
        assert_eq!(set.len(), 2);

        let server = serve(json_response(201, &pets[0])).await;
        let client = Client::new(server.uri());
        let created = client.create_pet(rex).await.unwrap().into_body();
        assert_eq!(&created, rex);
        let req = only_request(&server).await;
        assert_eq!((req.method.as_str(), req.url.path()), ("POST", "/pets"));
        assert_eq!(body_json(&req), pets[0]);
        let text = String::from_utf8(req.body.clone()).unwrap();
        assert!(text.contains(r#""price":"12.50""#), "{text}");
    }
}

mod unknown_properties {
    use super::*;
    use clientgen_golden::runtime::Nullable;
    use clientgen_golden::unknown_properties::{types, Client};

    /// Read, change one field, send back (PATCH): what the schema does not name — at the
    /// top, in a nested open object, in a typed map — goes back as it came; a closed object
    /// keeps nothing of the kind.
    #[tokio::test]
    async fn a_value_read_and_sent_back_loses_nothing() {
        let stored = json!({
            "title": "groceries",
            "additional_properties": "the spec's own property of that name",
            "labels": {"color": "red", "owner": "ann"},
            "point": {"x": 1, "y": 2, "z": 3},
            "pinned": true,
            "revision": {"n": 12, "by": ["ann", null]}
        });
        let server = serve(json_response(200, &stored)).await;
        let client = Client::new(server.uri());
        let mut note = client
            .patch_note("n1", &types::Note::new("draft"))
            .await
            .unwrap()
            .into_body();
        assert_eq!(
            note.additional_properties,
            [
                ("pinned".to_string(), json!(true)),
                (
                    "revision".to_string(),
                    json!({"n": 12, "by": ["ann", null]})
                ),
            ]
            .into()
        );
        assert_eq!(
            note.additional_properties2.as_deref(),
            Some("the spec's own property of that name")
        );
        let labels = note.labels.clone().unwrap();
        assert_eq!(labels.color.as_deref(), Some("red"));
        assert_eq!(
            labels.additional_properties,
            [("owner".to_string(), "ann".to_string())].into()
        );
        assert_eq!(
            note.point,
            Some(types::Point {
                x: Some(1),
                y: Some(2)
            })
        );

        note.title = "shopping".into();
        client.patch_note("n1", &note).await.unwrap();
        let requests = server.received_requests().await.unwrap();
        let mut sent = stored.clone();
        sent["title"] = json!("shopping");
        sent["point"] = json!({"x": 1, "y": 2}); // closed: `z` is not the schema's
        assert_eq!(body_json(&requests[1]), sent);
    }

    /// A new value has none (`new` and `Default` start the map empty); what the caller puts
    /// in it is sent beside the named properties.
    #[tokio::test]
    async fn added_unknown_properties_are_sent() {
        let server = serve(json_response(200, &json!({"title": "t"}))).await;
        let mut note = types::Note::new("t");
        assert!(note.additional_properties.is_empty());
        assert!(types::Labels::default().additional_properties.is_empty());
        note.additional_properties
            .insert("priority".into(), json!(2));
        Client::new(server.uri())
            .patch_note("n1", &note)
            .await
            .unwrap();
        assert_eq!(
            body_json(&only_request(&server).await),
            json!({"title": "t", "priority": 2})
        );
    }

    /// A property of any type may be `null`: absent, `null` and a value stay apart.
    #[test]
    fn any_value_tells_null_from_absent() {
        let absent = round_trip::<types::Note>(&json!({"title": "t"}));
        assert_eq!(absent.extra, Nullable::Absent);
        let null = round_trip::<types::Note>(&json!({"title": "t", "extra": null}));
        assert_eq!(null.extra, Nullable::Null);
        let value = round_trip::<types::Note>(&json!({"title": "t", "extra": [1, "a"]}));
        assert_eq!(value.extra, Nullable::Value(json!([1, "a"])));
    }
}

mod models {
    //! Every kind of property `runtime::model!` declares, in one schema that mixes them:
    //! the wire keeps the schema's order, `new` takes exactly the required properties.
    use super::*;
    use clientgen_golden::models::{types, Client};
    use clientgen_golden::runtime::Nullable;

    /// `new` takes the properties required both ways (name, the renamed display name, the
    /// nullable owner), in the schema's order; the others start absent, and absent ones are
    /// not sent. A value set on each kind goes out in the schema's order, renamed,
    /// read-only ones never.
    #[tokio::test]
    #[allow(deprecated)]
    async fn new_takes_the_required_properties_and_the_wire_keeps_the_schema_order() {
        let account = types::Account::new("ann", "Ann", None::<String>);
        assert_eq!(
            serde_json::to_string(&account).unwrap(),
            r#"{"name":"ann","display-name":"Ann","owner":null}"#
        );
        let full = types::Account {
            nickname: Some("a".into()),
            id: Some(7),
            motto: Nullable::Null,
            legacy_code: Some("L1".into()),
            created_at: Some("2024-01-02T03:04:05Z".parse().unwrap()),
            secret: Some("s".into()),
            tags: Some(vec!["x".into()]),
            additional_properties: [("level".to_string(), 3)].into(),
            ..types::Account::new("ann", "Ann", "bob".to_string())
        };
        let stored = json!({"id": 7, "name": "ann", "display-name": "Ann", "owner": null});
        let server = serve(json_response(200, &stored)).await;
        let got = Client::new(server.uri())
            .put_account("1", &full)
            .await
            .unwrap()
            .into_body();
        let req = only_request(&server).await;
        assert_eq!(
            String::from_utf8(req.body).unwrap(),
            r#"{"nickname":"a","name":"ann","motto":null,"display-name":"Ann","owner":"bob","legacy_code":"L1","secret":"s","tags":["x"],"level":3}"#
        );
        assert_eq!(got.id, Some(7));
        assert_eq!(got.motto, Nullable::Absent);
    }

    /// Decoding: a missing optional property is absent, a missing required nullable one is
    /// `None` (no `#[serde(default)]` needed), unnamed properties land in the typed map;
    /// re-encoding gives the same text.
    #[test]
    #[allow(deprecated)]
    fn every_kind_of_property_decodes_and_encodes_back() {
        let minimal: types::Account =
            serde_json::from_value(json!({"name": "n", "display-name": "N"})).unwrap();
        assert_eq!(minimal, types::Account::new("n", "N", None::<String>));
        let read: types::Account = round_trip(&json!({
            "nickname": "a",
            "name": "n",
            "motto": "m",
            "display-name": "N",
            "owner": null,
            "legacy_code": "L",
            "secret": "s",
            "tags": [],
            "level": 1
        }));
        assert_eq!(read.motto, Nullable::Value("m".to_string()));
        assert_eq!(read.legacy_code.as_deref(), Some("L"));
        assert_eq!(
            read.additional_properties,
            [("level".to_string(), 1)].into()
        );
        // Read-only properties are decoded, never encoded.
        let with_id: types::Account =
            serde_json::from_value(json!({"id": 9, "name": "n", "display-name": "N"})).unwrap();
        assert_eq!(with_id.id, Some(9));
        assert_eq!(
            serde_json::to_value(&with_id).unwrap(),
            json!({"name": "n", "display-name": "N", "owner": null})
        );
        // A required-nothing struct is `Default`; a closed one keeps nothing unnamed.
        let settings: types::Settings = round_trip(&json!({"volume": null, "mode": "dark"}));
        assert_eq!(
            settings,
            types::Settings {
                volume: Nullable::Null,
                additional_properties: [("mode".to_string(), json!("dark"))].into(),
                ..Default::default()
            }
        );
        let marker: types::Marker = serde_json::from_value(json!({"x": 1})).unwrap();
        assert_eq!(serde_json::to_string(&marker).unwrap(), "{}");
        assert_eq!(marker, types::Marker::default());
    }
}

mod untagged_unions {
    use super::*;
    use clientgen_golden::untagged_unions::{types, Client};

    /// Each value decodes as the first variant that carries it through unchanged, not
    /// merely the first that accepts it.
    #[tokio::test]
    async fn the_variant_that_keeps_the_value_is_taken() {
        let stored = json!({
            "amount": 5,
            "shape": [],
            "message": {"kind": "pong", "id": "p1"}
        });
        let server = serve(json_response(200, &stored)).await;
        let got = Client::new(server.uri())
            .add_measure(&types::Measure::default())
            .await
            .unwrap()
            .into_body();
        // `5` fits the number variant too, as `5.0`.
        assert_eq!(got.amount, Some(types::Amount::Integer(5)));
        // A closed object's struct would take `[]` (serde reads a struct from a sequence).
        assert_eq!(got.shape, Some(types::Shape::ArrayOfInteger(vec![])));
        // `Ping` would decode it too, dropping `id`.
        assert!(matches!(got.message, Some(types::Message::Pong(_))));
        assert_eq!(serde_json::to_value(&got).unwrap(), stored);

        assert_eq!(
            round_trip::<types::Amount>(&json!(2.5)),
            types::Amount::Number(2.5)
        );
        assert!(matches!(
            round_trip::<types::Shape>(&json!({"width": 3})),
            types::Shape::Box(_)
        ));
        assert!(matches!(
            round_trip::<types::Message>(&json!({"kind": "ping"})),
            types::Message::Ping(_)
        ));
        // Nothing carries it through unchanged: the first variant that decodes it.
        let neither = json!({"kind": "pong", "id": "p1", "extra": 1});
        assert!(matches!(
            serde_json::from_value::<types::Message>(neither).unwrap(),
            types::Message::Ping(_)
        ));
        // Nothing decodes it: kept as sent.
        assert_eq!(
            round_trip::<types::Amount>(&json!("five")),
            types::Amount::Other(json!("five"))
        );
    }
}

mod auth_schemes {
    use super::*;
    use clientgen_golden::auth_schemes::Client;

    fn header(req: &Request, name: &str) -> Option<String> {
        req.headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    }

    fn client(uri: String) -> Client {
        Client::builder()
            .base_url(uri)
            .header_key("h-key")
            .query_key("q-key")
            .cookie_key("c-key")
            .basic("user", "pass")
            .bearer("token")
            .build()
            .unwrap()
    }

    #[tokio::test]
    async fn each_scheme_kind_is_sent_where_it_says() {
        let server = serve(ResponseTemplate::new(204)).await;
        let c = client(server.uri());
        c.with_header_key().await.unwrap();
        c.with_query_key().await.unwrap();
        c.with_cookie_key().await.unwrap();
        c.with_basic().await.unwrap();
        c.with_bearer().await.unwrap();
        let reqs = received(&server).await;
        let [h, q, k, b, t] = reqs.as_slice() else {
            panic!("five requests");
        };
        assert_eq!(header(h, "x-api-key").as_deref(), Some("h-key"));
        assert_eq!(header(h, "authorization"), None, "only its own scheme");
        assert_eq!(q.url.query(), Some("api_key=q-key"));
        assert_eq!(header(q, "x-api-key"), None);
        assert_eq!(header(k, "cookie").as_deref(), Some("session=c-key"));
        // base64("user:pass")
        assert_eq!(
            header(b, "authorization").as_deref(),
            Some("Basic dXNlcjpwYXNz")
        );
        assert_eq!(header(t, "authorization").as_deref(), Some("Bearer token"));
    }

    #[tokio::test]
    async fn and_sends_both_or_takes_the_first_configured_and_public_sends_none() {
        let server = serve(ResponseTemplate::new(204)).await;
        let c = client(server.uri());
        c.with_both().await.unwrap();
        c.with_either().await.unwrap();
        c.public().await.unwrap();
        let basic_only = Client::builder()
            .base_url(server.uri())
            .basic("user", "pass")
            .build()
            .unwrap();
        basic_only.with_either().await.unwrap();
        let reqs = received(&server).await;
        let [both, either, public, fallback] = reqs.as_slice() else {
            panic!("four requests");
        };
        assert_eq!(header(both, "x-api-key").as_deref(), Some("h-key"));
        assert_eq!(both.url.query(), Some("api_key=q-key"));
        assert_eq!(
            header(either, "authorization").as_deref(),
            Some("Bearer token")
        );
        assert_eq!(header(public, "authorization"), None);
        assert_eq!(header(public, "x-api-key"), None);
        assert_eq!(public.url.query(), None);
        assert_eq!(header(public, "cookie"), None);
        assert_eq!(
            header(fallback, "authorization").as_deref(),
            Some("Basic dXNlcjpwYXNz")
        );
    }

    #[tokio::test]
    async fn an_oauth2_scheme_takes_a_token_held_elsewhere() {
        let server = serve(ResponseTemplate::new(204)).await;
        let c = Client::builder()
            .base_url(server.uri())
            .oauth_bearer("held")
            .build()
            .unwrap();
        c.with_oauth().await.unwrap();
        let req = only_request(&server).await;
        assert_eq!(
            header(&req, "authorization").as_deref(),
            Some("Bearer held")
        );
    }
}

mod servers {
    use super::*;
    use clientgen_golden::servers::Client;

    #[test]
    fn the_default_server_is_filled_from_its_variables() {
        let c = Client::builder().build().unwrap();
        assert_eq!(c.base_url(), "https://eu.example.com/v1");
        let c = Client::builder()
            .server_variable("region", "us")
            .server_variable("basePath", "v2")
            .build()
            .unwrap();
        assert_eq!(c.base_url(), "https://us.example.com/v2");
    }

    #[tokio::test]
    async fn path_and_operation_servers_are_kept_apart_from_the_base_url() {
        let main = serve(json_response(200, &json!(["a"]))).await;
        let uploads = serve(ResponseTemplate::new(204)).await;
        let reports = serve(ResponseTemplate::new(200).set_body_raw("r", "text/plain")).await;
        let c = Client::builder()
            .base_url(main.uri())
            .server("https://uploads.example.com", uploads.uri())
            .server(
                "https://reports.example.com/v2",
                format!("{}/v2", reports.uri()),
            )
            .build()
            .unwrap();
        assert_eq!(c.list_items().await.unwrap().into_body(), ["a"]);
        c.upload(b"bytes".to_vec()).await.unwrap();
        assert_eq!(c.get_report().await.unwrap().into_body(), "r");
        assert_eq!(only_request(&main).await.url.path(), "/items");
        let up = only_request(&uploads).await;
        assert_eq!(up.url.path(), "/uploads");
        assert_eq!(up.body, b"bytes");
        assert_eq!(only_request(&reports).await.url.path(), "/v2/reports");
    }

    #[tokio::test]
    async fn a_raw_body_streams_from_a_stream_or_a_file() {
        use clientgen_golden::runtime::UploadBody;
        let server = serve(ResponseTemplate::new(204)).await;
        let c = Client::builder().all_servers(server.uri()).build().unwrap();
        let chunks =
            futures_util::stream::iter(["chunk one, ", "chunk two"].map(Ok::<_, std::io::Error>));
        c.upload(UploadBody::stream(chunks, Some(20)))
            .await
            .unwrap();
        let dir = std::env::temp_dir().join(format!("clientgen-upload-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("body.bin");
        std::fs::write(&file, vec![7u8; 100_000]).unwrap();
        c.upload(UploadBody::file(&file)).await.unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let got = server.received_requests().await.unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].body, b"chunk one, chunk two");
        assert_eq!(got[0].headers["content-length"], "20");
        assert_eq!(got[0].headers["content-type"], "application/octet-stream");
        assert_eq!(got[1].body, vec![7u8; 100_000]);
        assert_eq!(
            got[1].headers["content-length"], "100000",
            "a file's size is sent"
        );
    }

    #[tokio::test]
    async fn all_servers_sends_everything_to_one_place() {
        let server = serve(ResponseTemplate::new(204)).await;
        let c = Client::builder().all_servers(server.uri()).build().unwrap();
        c.upload(Vec::new()).await.unwrap();
        assert_eq!(only_request(&server).await.url.path(), "/uploads");
    }
}

mod enums {
    use super::*;
    use clientgen_golden::enums::{types, Client};

    #[tokio::test]
    async fn enum_parameters_are_sent_as_their_values() {
        let server = serve(json_response(200, &json!([]))).await;
        Client::new(server.uri())
            .list_pets(types::Status::SoldOut)
            .sizes(vec![types::Size::Small, types::Size::Large])
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(req.url.path(), "/pets/sold-out");
        assert_eq!(req.url.query(), Some("sizes=1&sizes=3"));
    }

    #[tokio::test]
    async fn values_the_spec_does_not_list_are_kept() {
        let pets = json!([
            {"status": "available", "size": 2, "priority": -1, "mood": "happy"},
            {"status": "adopted", "size": 7, "priority": 99, "mood": "sleepy"},
            {"status": "", "priority": 10},
            {"status": "2fast"}
        ]);
        let server = serve(json_response(200, &pets)).await;
        let got = Client::new(server.uri())
            .list_pets(types::Status::Available)
            .await
            .unwrap()
            .into_body();
        assert_eq!(got[0].size, Some(types::Size::Medium));
        assert_eq!(got[0].priority, Some(types::Priority::ValueMinus1));
        assert_eq!(got[0].mood, Some(types::PetMood::Happy));
        assert_eq!(got[1].status, types::Status::Other("adopted".into()));
        assert_eq!(got[1].size, Some(types::Size::Other(7)));
        assert_eq!(got[1].priority, Some(types::Priority::Other(99)));
        assert_eq!(got[1].mood, Some(types::PetMood::Other("sleepy".into())));
        assert_eq!(got[2].status, types::Status::Empty);
        assert_eq!(got[3].status, types::Status::_2fast);
        round_trip::<Vec<types::Pet>>(&pets);
        assert_eq!(
            "sold-out".parse::<types::Status>(),
            Ok(types::Status::SoldOut)
        );
        assert_eq!(types::Status::SoldOut.to_string(), "sold-out");
    }
}

mod recursion {
    use super::*;
    use clientgen_golden::recursion::{types, Client};

    #[tokio::test]
    async fn self_containing_types_decode_and_encode_at_any_depth() {
        let tree = json!({
            "name": "root",
            "children": [{"name": "a", "children": [{"name": "a1"}]}],
            "by_name": {"b": {"name": "b", "by_name": {"c": {"name": "c"}}}}
        });
        let server = serve(json_response(200, &tree)).await;
        let got = Client::new(server.uri())
            .get_tree(1)
            .await
            .unwrap()
            .into_body();
        let children = got.children.as_ref().unwrap();
        assert_eq!(children[0].children.as_ref().unwrap()[0].name, "a1");
        assert_eq!(got.by_name.as_ref().unwrap()["b"].name, "b");
        round_trip::<types::Tree>(&tree);
    }

    #[tokio::test]
    async fn a_linked_list_is_sent_and_mutual_recursion_is_read() {
        let employee = json!({"name": "ann", "team": {"lead": {"name": "bob", "team": {"lead": {"name": "cy"}}}}});
        let server = serve(json_response(200, &employee)).await;
        let list = types::Node {
            next: Some(Box::new(types::Node {
                next: Some(Box::new(types::Node::new(3))),
                ..types::Node::new(2)
            })),
            ..types::Node::new(1)
        };
        let got = Client::new(server.uri())
            .put_list(7, &list)
            .await
            .unwrap()
            .into_body();
        let req = only_request(&server).await;
        assert_eq!(req.url.path(), "/trees/7");
        assert_eq!(
            body_json(&req),
            json!({"value": 1, "next": {"value": 2, "next": {"value": 3}}})
        );
        let team = got.team.as_ref().unwrap();
        assert_eq!(team.lead.name, "bob");
        assert_eq!(team.lead.team.as_ref().unwrap().lead.name, "cy");
        round_trip::<types::Employee>(&employee);
    }
}

/// The generated `pages()` and `items()` of each kind of pagination, against a server that
/// serves items 1..=5 two a page: drained to the end, stopped early (nothing requested
/// ahead), and with a retryable 503 on the second page (retried through the client's
/// policy: no item lost or repeated).
mod pagination {
    use super::*;
    use clientgen_golden::pagination::{types, Client};
    use clientgen_golden::runtime::RetryPolicy;
    use futures_util::StreamExt;
    use wiremock::matchers::{method, path, query_param};

    fn client(uri: &str) -> Client {
        Client::builder()
            .base_url(uri)
            .retry(RetryPolicy {
                initial_backoff: std::time::Duration::from_millis(1),
                max_backoff: std::time::Duration::from_millis(5),
                ..RetryPolicy::default()
            })
            .build()
            .unwrap()
    }

    /// Items `2n-1` and `2n` (up to 5): page n's.
    fn page_items(n: usize) -> Vec<usize> {
        (2 * n - 1..=(2 * n).min(5)).collect()
    }

    /// A server for one operation's three pages: page n answers `body(n, uri)` (with
    /// `headers(n, uri)`) to a request at `at` carrying `query(n)` (none for the first);
    /// with `flaky`, page 2 first answers 503.
    async fn server(
        at: &str,
        query: fn(usize) -> Option<(&'static str, String)>,
        body: fn(usize, &str) -> Value,
        link: Option<fn(usize, &str) -> Option<String>>,
        flaky: bool,
    ) -> MockServer {
        let server = MockServer::start().await;
        let uri = server.uri();
        for n in 1..=3 {
            let mut ok = json_response(200, &body(n, &uri));
            if let Some(l) = link.and_then(|l| l(n, &uri)) {
                ok = ok.insert_header("link", l.as_str());
            }
            let mut mock = Mock::given(method("GET")).and(path(at));
            let priority = match query(n) {
                Some((name, value)) => {
                    if flaky && n == 2 {
                        Mock::given(query_param(name, value.as_str()))
                            .respond_with(ResponseTemplate::new(503))
                            .up_to_n_times(1)
                            .with_priority(1)
                            .mount(&server)
                            .await;
                    }
                    mock = mock.and(query_param(name, value.as_str()));
                    2
                }
                None => 5,
            };
            mock.respond_with(ok)
                .with_priority(priority)
                .mount(&server)
                .await;
        }
        server
    }

    async fn requests(server: &MockServer) -> Vec<Request> {
        server.received_requests().await.unwrap()
    }

    /// Every request asked for `size` items with `param`.
    fn asked_size(requests: &[Request], param: &str, size: &str) {
        for r in requests {
            assert!(
                r.url.query_pairs().any(|(k, v)| k == param && v == size),
                "page size not sent: {}",
                r.url
            );
        }
    }

    fn offset_query(n: usize) -> Option<(&'static str, String)> {
        (n > 1).then(|| ("startIndex", (2 * (n - 1)).to_string()))
    }

    fn offset_body(n: usize, _: &str) -> Value {
        let ids: Vec<Value> = page_items(n)
            .into_iter()
            .map(|i| json!({"Id": i.to_string()}))
            .collect();
        json!({"Items": ids, "TotalRecordCount": 5, "StartIndex": 2 * (n - 1)})
    }

    #[tokio::test]
    async fn offset_and_limit_with_a_total() {
        for flaky in [false, true] {
            let server = server("/items", offset_query, offset_body, None, flaky).await;
            let ids: Vec<String> = client(&server.uri())
                .list_items()
                .limit(2)
                .items()
                .map(|r| r.unwrap().id)
                .collect()
                .await;
            assert_eq!(ids, ["1", "2", "3", "4", "5"]);
            let all = requests(&server).await;
            // The total (5) ends it: no request for an empty fourth page.
            assert_eq!(all.len(), if flaky { 4 } else { 3 });
            asked_size(&all, "limit", "2");
        }
        // Stopping early: the third item needs the second page, and nothing more.
        let server = server("/items", offset_query, offset_body, None, false).await;
        let first: Vec<types::Item> = client(&server.uri())
            .list_items()
            .limit(2)
            .items()
            .take(3)
            .map(|r| r.unwrap())
            .collect()
            .await;
        assert_eq!(first.len(), 3);
        assert_eq!(requests(&server).await.len(), 2, "nothing requested ahead");
        // Pages as the operation's own type, with the total.
        let page = client(&server.uri())
            .list_items()
            .limit(2)
            .pages()
            .next()
            .await
            .unwrap()
            .unwrap()
            .into_body();
        assert_eq!(page.total_record_count, Some(5));
    }

    fn page_query(n: usize) -> Option<(&'static str, String)> {
        (n > 1).then(|| ("page", n.to_string()))
    }

    fn people(n: usize, _: &str) -> Value {
        let ids: Vec<Value> = page_items(n)
            .into_iter()
            .map(|i| json!({"id": i}))
            .collect();
        json!(ids)
    }

    #[tokio::test]
    async fn page_numbers() {
        for flaky in [false, true] {
            let server = server("/people", page_query, people, None, flaky).await;
            let ids: Vec<i64> = client(&server.uri())
                .list_people()
                .per_page(2)
                .items()
                .map(|r| r.unwrap().id)
                .collect()
                .await;
            assert_eq!(ids, [1, 2, 3, 4, 5]);
            let all = requests(&server).await;
            // The short third page is the last.
            assert_eq!(all.len(), if flaky { 4 } else { 3 });
            asked_size(&all, "per_page", "2");
        }
        let server = server("/people", page_query, people, None, false).await;
        let pages: Vec<_> = client(&server.uri())
            .list_people()
            .per_page(2)
            .pages()
            .take(1)
            .collect()
            .await;
        assert_eq!(pages.len(), 1);
        assert_eq!(requests(&server).await.len(), 1, "nothing requested ahead");
    }

    fn cursor_query(n: usize) -> Option<(&'static str, String)> {
        (n > 1).then(|| ("after", format!("c{n}")))
    }

    fn messages(n: usize, _: &str) -> Value {
        let ids: Vec<Value> = page_items(n)
            .into_iter()
            .map(|i| json!({"id": i.to_string()}))
            .collect();
        let next = if n < 3 {
            json!(format!("c{}", n + 1))
        } else {
            Value::Null
        };
        json!({"data": ids, "meta": {"next_cursor": next}})
    }

    #[tokio::test]
    async fn a_cursor_in_the_body() {
        for flaky in [false, true] {
            let server = server("/messages", cursor_query, messages, None, flaky).await;
            let ids: Vec<String> = client(&server.uri())
                .list_messages()
                .limit(2)
                .items()
                .map(|r| r.unwrap().id)
                .collect()
                .await;
            assert_eq!(ids, ["1", "2", "3", "4", "5"]);
            let all = requests(&server).await;
            assert_eq!(all.len(), if flaky { 4 } else { 3 });
            asked_size(&all, "limit", "2");
        }
        let server = server("/messages", cursor_query, messages, None, false).await;
        let first: Vec<_> = client(&server.uri())
            .list_messages()
            .items()
            .take(2)
            .collect()
            .await;
        assert_eq!(first.len(), 2);
        assert_eq!(requests(&server).await.len(), 1, "nothing requested ahead");
    }

    fn before_query(n: usize) -> Option<(&'static str, String)> {
        (n > 1).then(|| ("before", format!("t{n}")))
    }

    fn conversation(n: usize, uri: &str) -> Value {
        let ids: Vec<Value> = page_items(n)
            .into_iter()
            .map(|i| json!({"id": i.to_string()}))
            .collect();
        // An absolute URL on the same server, then a relative one, then none.
        let next = match n {
            1 => json!(format!("{uri}/conversation?before=t2")),
            2 => json!("/conversation?before=t3"),
            _ => Value::Null,
        };
        json!({"messages": ids, "next": next})
    }

    #[tokio::test]
    async fn the_next_url_in_the_body() {
        for flaky in [false, true] {
            let server = server("/conversation", before_query, conversation, None, flaky).await;
            let ids: Vec<String> = client(&server.uri())
                .get_conversation()
                .items()
                .map(|r| r.unwrap().id)
                .collect()
                .await;
            assert_eq!(ids, ["1", "2", "3", "4", "5"]);
            assert_eq!(requests(&server).await.len(), if flaky { 4 } else { 3 });
        }
        let server = server("/conversation", before_query, conversation, None, false).await;
        let first: Vec<_> = client(&server.uri())
            .get_conversation()
            .items()
            .take(1)
            .collect()
            .await;
        assert_eq!(first.len(), 1);
        assert_eq!(requests(&server).await.len(), 1, "nothing requested ahead");
    }

    fn link_query(n: usize) -> Option<(&'static str, String)> {
        (n > 1).then(|| ("cursor", format!("r{n}")))
    }

    fn repo_links(n: usize, uri: &str) -> Option<String> {
        (n < 3).then(|| {
            format!(
                "<{uri}/repos?cursor=r{}&per_page=2>; rel=\"next\", <{uri}/repos>; rel=\"first\"",
                n + 1
            )
        })
    }

    #[tokio::test]
    async fn the_link_header() {
        for flaky in [false, true] {
            let server = server("/repos", link_query, people, Some(repo_links), flaky).await;
            let ids: Vec<i64> = client(&server.uri())
                .list_repos()
                .per_page(2)
                .items()
                .map(|r| r.unwrap().id)
                .collect()
                .await;
            assert_eq!(ids, [1, 2, 3, 4, 5]);
            let all = requests(&server).await;
            assert_eq!(all.len(), if flaky { 4 } else { 3 });
            asked_size(&all, "per_page", "2");
        }
        let server = server("/repos", link_query, people, Some(repo_links), false).await;
        let first: Vec<_> = client(&server.uri())
            .list_repos()
            .items()
            .take(2)
            .collect()
            .await;
        assert_eq!(first.len(), 2);
        assert_eq!(requests(&server).await.len(), 1, "nothing requested ahead");
    }

    fn skip_query(n: usize) -> Option<(&'static str, String)> {
        (n > 1).then(|| ("skip", (2 * (n - 1)).to_string()))
    }

    fn logs(n: usize, _: &str) -> Value {
        let lines: Vec<String> = page_items(n).into_iter().map(|i| i.to_string()).collect();
        // `hasMore: false` ends it, although the last page is full.
        json!({"value": lines, "hasMore": n < 2})
    }

    #[tokio::test]
    async fn declared_by_the_config_file_with_has_more() {
        let server = server("/logs", skip_query, logs, None, false).await;
        let lines: Vec<String> = client(&server.uri())
            .list_logs()
            .top(2)
            .items()
            .map(|r| r.unwrap())
            .collect()
            .await;
        assert_eq!(lines, ["1", "2", "3", "4"]);
        assert_eq!(requests(&server).await.len(), 2);
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let server = serve(ResponseTemplate::new(404)).await;
        let all: Vec<_> = client(&server.uri()).list_items().items().collect().await;
        assert_eq!(all.len(), 1);
        assert!(matches!(
            &all[0],
            Err(clientgen_golden::runtime::Error::UnexpectedStatus(raw)) if raw.status == 404
        ));
    }
}

/// The generated `events()` and `json_lines()`: typed items read as they arrive, comments
/// and multi-line data, a reconnection with `Last-Event-ID`, documented error statuses.
mod streams {
    use super::*;
    use clientgen_golden::runtime::{Error, RetryPolicy};
    use clientgen_golden::streams::{types, Client, ExportRowsError, WatchTicksError};
    use futures_util::StreamExt;
    use wiremock::matchers::{header, method, path, query_param};

    fn client(uri: &str) -> Client {
        Client::builder()
            .base_url(uri)
            .retry(RetryPolicy {
                initial_backoff: std::time::Duration::from_millis(1),
                max_backoff: std::time::Duration::from_millis(5),
                ..RetryPolicy::default()
            })
            .build()
            .unwrap()
    }

    fn event_stream(text: &str) -> ResponseTemplate {
        ResponseTemplate::new(200).set_body_raw(text.to_string(), "text/event-stream")
    }

    #[tokio::test]
    async fn typed_events_with_comments_multi_line_data_and_a_reconnect() {
        let server = MockServer::start().await;
        // First connection: a comment, a two-line data event, then the stream ends.
        Mock::given(method("GET"))
            .and(path("/ticks"))
            .and(query_param("symbol", "ACME"))
            .respond_with(event_stream(
                ": keep-alive\nretry: 1\n\nevent: tick\nid: 1\ndata: {\"symbol\": \"ACME\",\ndata:  \"price\": 1.5}\n\n",
            ))
            .with_priority(5)
            .mount(&server)
            .await;
        // The reconnection carries the last id seen, and gets one more event.
        Mock::given(header("last-event-id", "1"))
            .respond_with(event_stream(
                "event: tick\nid: 2\ndata: {\"symbol\": \"ACME\", \"price\": 2.25}\n\n",
            ))
            .with_priority(2)
            .mount(&server)
            .await;
        // After id 2 the server has nothing more: 204 ends the stream.
        Mock::given(header("last-event-id", "2"))
            .respond_with(ResponseTemplate::new(204))
            .with_priority(1)
            .mount(&server)
            .await;
        let events = client(&server.uri())
            .watch_ticks("ACME")
            .events(true)
            .await
            .unwrap();
        let all: Vec<_> = events.map(|e| e.unwrap()).collect().await;
        assert_eq!(all.len(), 2, "{all:?}");
        assert_eq!(all[0].event.as_deref(), Some("tick"));
        assert_eq!(all[0].id.as_deref(), Some("1"));
        assert_eq!(
            (all[0].data.symbol.as_str(), all[0].data.price),
            ("ACME", 1.5)
        );
        assert_eq!((all[1].id.as_deref(), all[1].data.price), (Some("2"), 2.25));
        let requests = server.received_requests().await.unwrap();
        assert_eq!(requests.len(), 3);
        assert!(requests[0].headers.get("last-event-id").is_none());
        assert_eq!(requests[1].headers["last-event-id"], "1");
        // Without reconnection the stream ends with the body.
        let once: Vec<_> = client(&server.uri())
            .watch_ticks("ACME")
            .events(false)
            .await
            .unwrap()
            .collect()
            .await;
        assert_eq!(once.len(), 1);
    }

    #[tokio::test]
    async fn an_event_stream_error_status_is_decoded_as_documented() {
        let server = serve(json_response(404, &json!({"title": "no such symbol"}))).await;
        let error = client(&server.uri())
            .watch_ticks("NOPE")
            .events(false)
            .await
            .unwrap_err();
        match error {
            Error::Api(v) => match v.body() {
                WatchTicksError::NotFound(p) => {
                    assert_eq!(p.title.as_deref(), Some("no such symbol"))
                }
                other => panic!("{other:?}"),
            },
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn text_events_keep_their_data_as_text() {
        let server = serve(event_stream(
            "data: first line\ndata: second\n\ndata: {x}\n\n",
        ))
        .await;
        let data: Vec<String> = client(&server.uri())
            .tail_log()
            .events(false)
            .await
            .unwrap()
            .map(|e| e.unwrap().data)
            .collect()
            .await;
        assert_eq!(data, ["first line\nsecond", "{x}"]);
    }

    #[tokio::test]
    async fn json_lines_are_typed_items_of_the_item_schema() {
        let server = serve(ResponseTemplate::new(200).set_body_raw(
            "{\"id\": 1, \"name\": \"a\"}\n\n{\"id\": 2}\n",
            "application/jsonl",
        ))
        .await;
        let rows: Vec<types::Row> = client(&server.uri())
            .export_rows()
            .json_lines()
            .await
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
            .await;
        assert_eq!(rows.iter().map(|r| r.id).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(rows[0].name.as_deref(), Some("a"));

        let server = serve(
            ResponseTemplate::new(200)
                .set_body_raw("{\"id\": 7}\n{\"id\": \"x\"}\n", "application/x-ndjson"),
        )
        .await;
        let items: Vec<_> = client(&server.uri())
            .list_rows()
            .json_lines()
            .await
            .unwrap()
            .collect()
            .await;
        assert_eq!(items[0].as_ref().unwrap().id, 7);
        assert!(matches!(items[1], Err(Error::Decode { .. })), "{items:?}");

        let server = serve(json_response(400, &json!({"title": "bad"}))).await;
        let error = client(&server.uri())
            .export_rows()
            .json_lines()
            .await
            .unwrap_err();
        assert!(
            matches!(&error, Error::Api(v) if matches!(v.body(), ExportRowsError::BadRequest(_))),
            "{error:?}"
        );
    }
}

mod duplicates {
    use super::*;
    use clientgen_golden::duplicates::{
        types, Client, CreateIssueError, Error, GetPullError, ListIssuesError,
    };

    #[tokio::test]
    async fn identical_error_responses_are_one_enum_matched_through_each_alias() {
        let problem = json!({"message": "gone"});
        let server = serve(json_response(404, &problem)).await;
        let body = types::CreateIssueBody::new("Crash");
        let error = Client::new(server.uri())
            .create_issue(&body)
            .await
            .unwrap_err();
        // Matched through the alias's name: its variants as patterns.
        let Error::Api(value) = error else {
            panic!("{error:?}")
        };
        assert_eq!(value.status(), 404);
        let documented: CreateIssueError = value.into_body();
        assert!(
            matches!(&documented, CreateIssueError::NotFound(p) if p.message == "gone"),
            "{documented:?}"
        );
        // One type under both names: built through either, compared without conversion.
        let listed: &ListIssuesError = &documented;
        let expected = CreateIssueError::NotFound(types::Problem::new("gone"));
        assert_eq!(listed, &expected);
        assert_eq!(
            *listed,
            ListIssuesError::NotFound(types::Problem::new("gone"))
        );

        // A unit variant through the alias, from the operation whose enum it is.
        let server = serve(ResponseTemplate::new(503)).await;
        let error = Client::new(server.uri()).list_issues().await.unwrap_err();
        assert!(
            matches!(&error, Error::Api(v) if *v.body() == CreateIssueError::ServiceUnavailable),
            "{error:?}"
        );

        // A different description: an enum of its own, its variant decoded the same way.
        let server = serve(json_response(404, &problem)).await;
        let error = Client::new(server.uri()).get_pull(1).await.unwrap_err();
        assert!(
            matches!(&error, Error::Api(v) if matches!(v.body(), GetPullError::NotFound(p) if p.message == "gone")),
            "{error:?}"
        );
    }

    #[tokio::test]
    async fn identical_inline_shapes_are_built_sent_and_matched_under_their_own_names() {
        let server = serve(json_response(
            201,
            &json!({
                "number": 7,
                "state": "closed",
                "user": {"login": "octocat", "id": 1}
            }),
        ))
        .await;
        // Built through the aliases' names, as a struct literal and with `new`.
        let assignee = types::CreateIssueBodyAssignee {
            site_admin: Some(true),
            ..types::CreateIssueBodyAssignee::new("hubot", 2)
        };
        // The alias and the component are one type: no conversion.
        let as_component: &types::SimpleUser = &assignee;
        assert_eq!(as_component.login, "hubot");
        let body = types::CreateIssueBody {
            state: Some(types::CreateIssueBodyState::Open),
            assignee: Some(assignee),
            ..types::CreateIssueBody::new("Crash")
        };
        let issue = Client::new(server.uri())
            .create_issue(&body)
            .await
            .unwrap()
            .into_body();
        let req = only_request(&server).await;
        assert_eq!(
            body_json(&req),
            json!({
                "title": "Crash",
                "state": "open",
                "assignee": {"login": "hubot", "id": 2, "site_admin": true}
            })
        );
        // Matched through the inline type's alias, compared with the component's variant.
        assert!(matches!(issue.state, Some(types::IssueState::Closed)));
        assert_eq!(issue.state, Some(types::State::Closed));
        let user: types::SimpleUser = issue.user;
        assert_eq!((user.login.as_str(), user.id), ("octocat", 1));
    }

    #[tokio::test]
    async fn merged_enums_in_parameters_and_unmerged_ones_keep_their_values() {
        let server = serve(json_response(200, &json!([]))).await;
        Client::new(server.uri())
            .list_issues()
            .state(types::ListIssuesState::Closed)
            .sort(types::ListIssuesSort::Open)
            .await
            .unwrap();
        let req = only_request(&server).await;
        assert_eq!(req.url.query(), Some("state=closed&sort=open"));
    }

    #[test]
    fn shapes_that_differ_decode_as_their_own_types() {
        let pull = json!({
            "number": 3,
            "state": "open",
            "user": {"login": "a", "id": 1},
            "merged_by": {"id": 2},
            "author": {"login": null, "id": 3, "site_admin": false}
        });
        let got: types::GetPullResponse200 = round_trip(&pull);
        let user: types::SimpleUser = got.user.unwrap();
        assert_eq!(user.login, "a");
        // `login` optional in one, nullable in the other: neither is `SimpleUser`.
        assert_eq!(got.merged_by.unwrap().login, None::<String>);
        assert_eq!(got.author.unwrap().login, None::<String>);
        // A user without `login` is no `SimpleUser`, but is a `merged_by`.
        assert!(serde_json::from_value::<types::SimpleUser>(json!({"id": 2})).is_err());
        round_trip::<types::GetPullResponse200MergedBy>(&json!({"id": 2}));
    }

    #[test]
    fn recursive_types_of_one_shape_are_one_type() {
        let thread = types::Thread {
            replies: Some(vec![types::Discussion::new("re")]),
            ..types::Thread::new("first")
        };
        let value = serde_json::to_value(&thread).unwrap();
        assert_eq!(value, json!({"text": "first", "replies": [{"text": "re"}]}));
        let back: types::Discussion = round_trip(&value);
        assert_eq!(back, thread);
    }
}
