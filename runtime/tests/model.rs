//! `model!`'s serde implementations, against what serde's derive does for the same struct
//! (the behaviour generated crates had before the macro wrote them).

use std::collections::BTreeMap;

use serde_json::{json, Value};

mod runtime {
    pub use clientgen_runtime::*;
}

clientgen_runtime::model! {
    /// Open: unknown properties kept.
    pub struct Pet {
        /// Required.
        pub name: String,
        #[serde(rename = "photoUrls")]
        pub photo_urls: Vec<String>,
        /// Required and nullable: a missing one reads as `None`.
        pub owner: Option<String>,
        pub tag: Option<String> = None,
        /// Optional, nullable: absent, null or a value.
        pub note: runtime::Nullable<String> = runtime::Nullable::Absent,
        #[serde(rename = "petId", skip_serializing)]
        pub id: Option<i64> = None,
        #[deprecated(note = "deprecated in the spec")]
        pub legacy: Option<bool> = None,
        ..additional_properties: BTreeMap<String, Value>,
    }
}

clientgen_runtime::model! {
    /// Closed (`additionalProperties: false`): unknown properties dropped.
    pub struct Closed: Default {
        /// A raw identifier names its JSON name (`stringify!` would keep the `r#`).
        #[serde(rename = "type")]
        pub r#type: Option<String> = None,
        #[serde(rename = "count")]
        pub total: Option<u64> = None,
    }
}

clientgen_runtime::model! {
    /// Values of unknown properties typed (`additionalProperties: {type: integer}`).
    pub struct Counts {
        ..additional_properties: BTreeMap<String, i64>,
    }
}

clientgen_runtime::model! {
    /// Fields of one type, declared in another order than their JSON names sort in.
    pub struct Quad: Default {
        #[serde(rename = "d")]
        pub first: Option<u8> = None,
        #[serde(rename = "c")]
        pub second: Option<u8> = None,
        pub b: Option<u8> = None,
        pub a: Option<u8> = None,
    }
}

clientgen_runtime::model! {
    /// No properties, closed: every property read and dropped.
    pub struct Empty: Default {}
}

clientgen_runtime::model! {
    #![derive_serde]
    /// Serde attributes of its own (a config's): serde's derive.
    #[serde(deny_unknown_fields)]
    pub struct Strict {
        #[serde(rename = "fullName")]
        pub name: String,
        pub nick: Option<String> = None,
    }
}

fn pet(value: Value) -> Result<Pet, String> {
    serde_json::from_value(value).map_err(|e| e.to_string())
}

#[test]
fn named_properties_are_read_by_json_name_and_unknown_ones_kept_in_order_after_them() {
    let text = r#"{"zeta":1,"name":"Rex","photoUrls":["a"],"petId":7,"tag":null,"alpha":[true]}"#;
    let read: Pet = serde_json::from_str(text).unwrap();
    assert_eq!(read.name, "Rex");
    assert_eq!(read.photo_urls, ["a"]);
    assert_eq!((&read.owner, &read.tag, read.id), (&None, &None, Some(7)));
    assert_eq!(read.note, runtime::Nullable::Absent);
    assert_eq!(
        read.additional_properties,
        BTreeMap::from([
            ("alpha".to_string(), json!([true])),
            ("zeta".to_string(), json!(1))
        ])
    );
    // Read-only `petId` is never sent, absent optionals are left out, the unknown ones
    // follow the named ones.
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"name":"Rex","photoUrls":["a"],"owner":null,"alpha":[true],"zeta":1}"#
    );
}

#[test]
fn errors_name_the_property_as_serde_does() {
    assert_eq!(
        pet(json!({"name": "Rex"})).unwrap_err(),
        "missing field `photoUrls`"
    );
    let error = serde_json::from_str::<Pet>(r#"{"name":"a","name":"b","photoUrls":[]}"#);
    assert!(
        error
            .unwrap_err()
            .to_string()
            .starts_with("duplicate field `name` at line 1"),
        "duplicate accepted"
    );
    assert_eq!(
        pet(json!({"name": 3, "photoUrls": []})).unwrap_err(),
        "invalid type: integer `3`, expected a string"
    );
    assert_eq!(
        pet(json!([1, 2])).unwrap_err(),
        "invalid type: sequence, expected struct Pet"
    );
}

#[test]
fn nullable_properties_keep_null_apart_from_absent() {
    let read = pet(json!({"name": "R", "photoUrls": [], "note": null})).unwrap();
    assert_eq!(read.note, runtime::Nullable::Null);
    let text = serde_json::to_string(&read).unwrap();
    assert_eq!(
        text,
        r#"{"name":"R","photoUrls":[],"owner":null,"note":null}"#
    );
}

#[test]
fn escaped_names_and_every_input_kind_read_the_same() {
    // An escape makes serde_json hand over an owned name; a reader never lends one.
    let text = r#"{"na\u006de":"Rex","photoUrls":[],"x\"y":1}"#;
    let from_str: Pet = serde_json::from_str(text).unwrap();
    let from_reader: Pet = serde_json::from_reader(text.as_bytes()).unwrap();
    let from_value: Pet = serde_json::from_value(serde_json::from_str(text).unwrap()).unwrap();
    assert_eq!(from_str.name, "Rex");
    assert_eq!(from_str.additional_properties["x\"y"], json!(1));
    assert_eq!(from_str, from_reader);
    assert_eq!(from_str, from_value);
}

#[test]
fn closed_structs_drop_unknown_properties_and_raw_identifiers_use_their_json_name() {
    let read: Closed =
        serde_json::from_str(r#"{"type":"t","count":18446744073709551615,"x":{}}"#).unwrap();
    assert_eq!(read.r#type.as_deref(), Some("t"));
    assert_eq!(read.total, Some(u64::MAX));
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"type":"t","count":18446744073709551615}"#
    );
    assert_eq!(serde_json::to_string(&Closed::default()).unwrap(), "{}");
}

#[test]
fn typed_unknown_properties_are_checked() {
    let read: Counts = serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap();
    assert_eq!(
        read.additional_properties,
        BTreeMap::from([("a".into(), 1), ("b".into(), 2)])
    );
    assert_eq!(serde_json::to_string(&read).unwrap(), r#"{"a":1,"b":2}"#);
    let error = serde_json::from_str::<Counts>(r#"{"a":"one"}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("invalid type: string \"one\", expected i64"),
        "{error}"
    );
}

#[test]
fn structs_with_serde_attributes_of_their_own_derive_serde() {
    let read: Strict = serde_json::from_str(r#"{"fullName":"Ann"}"#).unwrap();
    assert_eq!(read, Strict::new("Ann"));
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"fullName":"Ann"}"#
    );
    let error = serde_json::from_str::<Strict>(r#"{"fullName":"Ann","x":1}"#).unwrap_err();
    assert!(
        error.to_string().starts_with("unknown field `x`"),
        "{error}"
    );
}

#[test]
#[allow(deprecated)]
fn deprecated_properties_are_read_and_written() {
    let read = pet(json!({"name": "R", "photoUrls": [], "legacy": true})).unwrap();
    assert_eq!(read.legacy, Some(true));
    assert!(serde_json::to_string(&read)
        .unwrap()
        .ends_with(r#""legacy":true}"#));
}

#[test]
fn property_index_finds_a_json_name_by_position() {
    let names = ["name", "photoUrls", "tag"];
    assert_eq!(runtime::property_index(&names, "name"), Some(0));
    assert_eq!(runtime::property_index(&names, "tag"), Some(2));
    assert_eq!(runtime::property_index(&names, "photo_urls"), None);
    assert_eq!(runtime::property_index(&names, "Tag"), None);
    assert_eq!(runtime::property_index(&[], "name"), None);
}

#[test]
fn every_property_reaches_its_own_field() {
    let read: Quad = serde_json::from_str(r#"{"a":1,"b":2,"c":3,"d":4}"#).unwrap();
    assert_eq!(
        (read.first, read.second, read.b, read.a),
        (Some(4), Some(3), Some(2), Some(1))
    );
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"d":4,"c":3,"b":2,"a":1}"#
    );
    let error = serde_json::from_str::<Quad>(r#"{"c":1,"a":2,"c":3}"#).unwrap_err();
    assert!(
        error
            .to_string()
            .starts_with("duplicate field `c` at line 1"),
        "{error}"
    );
    let empty: Empty = serde_json::from_str(r#"{"a":1,"b":{"c":[]}}"#).unwrap();
    assert_eq!(empty, Empty {});
    assert_eq!(serde_json::to_string(&empty).unwrap(), "{}");
}
