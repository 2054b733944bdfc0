//! Generic code that every generated crate instantiates the same way, instantiated here.
//!
//! Without optimizations (cargo's `dev` profile) rustc lets a crate use the instances of
//! generic functions its dependencies compiled instead of compiling its own copies
//! ("shared generics"). A generated crate's models read and write their properties through
//! `read_property::<_, String>`, `serialize_entry::<_, Option<i64>>` and the like for
//! serde_json (and quick-xml), its operations fill parameters through
//! `Request::path_param::<String>`, `Request::query::<Option<String>>`…: instantiating those
//! here, for the types most properties and parameters have, takes them off the build of
//! every crate that depends on this one. (A crate that vendors the runtime compiles them
//! once either way.)

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::ser::{Serialize, Serializer};
use serde_json::Value;

use super::{
    property_index, require_properties, serialize_fields, serialize_fields_and_map, Format,
    Property, PropertyName, PropertySlot, Request,
};

/// Calls the generic code generated crates share, for the common types (see the module
/// docs). Not meant to be called: being public and not generic is what makes rustc
/// compile it, and its callees, into this crate.
#[doc(hidden)]
pub fn instantiate(request: &mut Request) {
    let _ = serde_json::from_slice::<Common>(b"{}");
    let _ = serde_json::to_vec(&Common);
    let _ = serde_json::to_value(&Common);
    let _ = serde_json::to_vec(&Closed);
    let _ = serde_json::to_value(&Closed);
    #[cfg(feature = "xml")]
    let _ = quick_xml::de::from_str::<Common>("<Common/>");
    request.path_param("id", &String::new());
    request.path_param("id", &0i64);
    request.path_param("id", &0i32);
    request.path_param_styled("id", &String::new(), Format::simple(false));
    request.query("q", &String::new());
    macro_rules! queries {
        ($($ty:ty),*) => { $( request.query("q", &None::<$ty>); )* };
    }
    queries!(String, bool, i64, i32, f64, Vec<String>);
    #[cfg(feature = "chrono")]
    queries!(super::DateTime);
}

/// The property types most models have; each is used as is (a required property) and in
/// an `Option` (an optional one).
macro_rules! for_common_types {
    ($m:ident) => {
        $m!(String, bool, i64, i32, f64, Vec<String>, Value, BTreeMap<String, Value>);
        $m!(Option<String>);
        #[cfg(feature = "chrono")]
        $m!(super::DateTime);
    };
}

/// A model with a property of each common type and unknown properties kept: decoding and
/// encoding it makes the instances a `model!` struct's serde implementations use.
struct Common;

/// The same without unknown properties: such a model writes a struct, not a map.
struct Closed;

/// The fields `model!` hands to `serialize_fields`: each common type, required and optional.
fn properties<S: Serializer>(
    write: impl FnOnce(&[(&'static str, Property<'_, S>)]) -> Result<S::Ok, S::Error>,
) -> Result<S::Ok, S::Error> {
    let mut fields = Vec::new();
    macro_rules! push {
        ($($ty:ty),*) => {$(
            let none = &None::<$ty>;
            if let Some(value) = none {
                fields.push(("p", Property::Required(value)));
            }
            fields.push(("p", Property::Required(none)));
            fields.push(("p", Property::Optional(none)));
        )*};
    }
    for_common_types!(push);
    write(&fields)
}

impl Serialize for Common {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        properties(|fields| {
            serialize_fields_and_map(serializer, fields, &BTreeMap::<String, Value>::new())
        })
    }
}

impl Serialize for Closed {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        properties(|fields| serialize_fields(serializer, "Closed", fields))
    }
}

impl<'de> Deserialize<'de> for Common {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(CommonVisitor)
    }
}

struct CommonVisitor;

impl<'de> Visitor<'de> for CommonVisitor {
    type Value = Common;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Common, A::Error> {
        let mut additional = BTreeMap::<String, Value>::new();
        let mut fields: Vec<&mut dyn PropertySlot<'de, A>> = Vec::new();
        // What a required (`Option<T>` until read) and an optional (`Option<Option<T>>`)
        // field of each common type is read into.
        macro_rules! slots {
            ($($ty:ty),*) => {$(
                let mut required = None::<$ty>;
                let mut optional = None::<Option<$ty>>;
                fields.push(&mut required);
                fields.push(&mut optional);
            )*};
        }
        for_common_types!(slots);
        while let Some(key) = map.next_key::<PropertyName<'de>>()? {
            match property_index(&["p"], key.as_str()) {
                Some(index) => fields[index].read(&mut map, &key)?,
                None if key.as_str() == "ignored" => map.next_value::<IgnoredAny>().map(drop)?,
                None => {
                    let value = map.next_value()?;
                    additional.insert(key.into_owned(), value);
                }
            }
        }
        require_properties(&mut fields, &["p"], &[true])?;
        Ok(Common)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn instantiating_sends_nothing() {
        // The function only exists for what it makes rustc compile; running it is harmless.
        static SPEC: super::super::OperationSpec = super::super::OperationSpec::get("op", "/{id}");
        let mut request = super::Request::new(&SPEC);
        super::instantiate(&mut request);
    }
}
