//! Models: what a schema with `properties` becomes. Generated code declares each struct with
//! [`model!`]: the fields are spelled out in the schema's order (name, type, docs, JSON name),
//! and what every model shares comes from here, once (exported like the `enums` module's
//! macros): the derives, the map keeping the properties the schema does not name, `new`, and
//! the serde implementations.
//!
//! The serde implementations are written by the macro rather than derived: serde's derive
//! writes a field-identifier enum with its own visitor per struct and, for the flattened map
//! of unknown properties, buffers every unknown property into an intermediate value and
//! implements every `visit_*` method; on a description of GitHub's size that was a third of
//! the generated crate's build. The macro's `Deserialize` reads each key as a string, finds
//! its index among the JSON names with one function for every struct ([`property_index`])
//! and reads the value into the field at that index, reached as a [`PropertySlot`] (`dyn`:
//! the code for a field's type is shared by every field of that type, and a field costs its
//! struct a borrow, not a branch and a call); unknown properties go to the map. Required
//! properties are checked in one loop too ([`require_properties`]). Its `Serialize` hands
//! the fields, by JSON name, as a slice of [`Property`] (`dyn` again) to one generic function
//! ([`serialize_fields`], [`serialize_fields_and_map`]). The per-field code left is the
//! fields' locals and the struct's assembly: rustc's memory, not only its time, grows with
//! code per field (a call and a `?` per field were most of its peak on GitHub's description).
//! The behaviour is serde's: unknown properties kept (or ignored when the struct has no
//! map), an error naming a duplicate property or a missing required one, a missing required
//! `Option` read as `None`, the same `serialize_struct`/`serialize_map` and
//! `deserialize_struct`/`deserialize_map` calls (so XML and other formats see what they
//! would see with the derive).
//!
//! The macro is not recursive over the fields (no token munching): a struct of any size
//! expands in a few steps per field.

use std::borrow::Cow;
use std::fmt;

use std::collections::BTreeMap;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeStruct, Serializer};

/// A field type that may be left out of a JSON object: `Option` (`None`) and [`Nullable`]
/// (`Absent`). `model!` leaves an optional property out when it is absent.
///
/// [`Nullable`]: super::Nullable
pub trait Omittable {
    /// Whether the value is the absent one (`None`, `Nullable::Absent`): then the property
    /// is not written.
    fn is_absent(&self) -> bool;
}

impl<T> Omittable for Option<T> {
    fn is_absent(&self) -> bool {
        self.is_none()
    }
}

impl<T> Omittable for super::Nullable<T> {
    fn is_absent(&self) -> bool {
        super::Nullable::is_absent(self)
    }
}

/// A named field of a `model!` struct being written by [`serialize_fields`] or
/// [`serialize_fields_and_map`]: reached through a `dyn` trait, so the code for a field's type
/// is shared by every field of that type and a field costs its struct a borrow.
pub enum Property<'a, S: Serializer> {
    /// A required property: always written (`null` for a `None`).
    Required(&'a dyn WriteProperty<S>),
    /// An optional property: written unless absent ([`Omittable`]).
    Optional(&'a dyn WriteOptional<S>),
    /// A read-only property (`skip_serializing`): never written.
    ReadOnly,
}

/// A required field's value, written as a struct field or a map entry (see [`Property`]).
pub trait WriteProperty<S: Serializer> {
    /// `out.serialize_field(name, self)`.
    fn write_field(&self, out: &mut S::SerializeStruct, name: &'static str)
        -> Result<(), S::Error>;
    /// `out.serialize_entry(name, self)`.
    fn write_entry(&self, out: &mut S::SerializeMap, name: &'static str) -> Result<(), S::Error>;
}

/// An optional field's value, written unless absent (see [`Property`]).
pub trait WriteOptional<S: Serializer> {
    /// Whether the value is the absent one ([`Omittable::is_absent`]).
    fn is_absent(&self) -> bool;
    /// [`WriteProperty::write_field`] (a `dyn WriteOptional` is not a `dyn WriteProperty`
    /// before Rust 1.86).
    fn write_optional_field(
        &self,
        out: &mut S::SerializeStruct,
        name: &'static str,
    ) -> Result<(), S::Error>;
    /// [`WriteProperty::write_entry`].
    fn write_optional_entry(
        &self,
        out: &mut S::SerializeMap,
        name: &'static str,
    ) -> Result<(), S::Error>;
}

impl<S: Serializer, T: Serialize + ?Sized> WriteProperty<S> for T {
    fn write_field(
        &self,
        out: &mut S::SerializeStruct,
        name: &'static str,
    ) -> Result<(), S::Error> {
        out.serialize_field(name, self)
    }

    fn write_entry(&self, out: &mut S::SerializeMap, name: &'static str) -> Result<(), S::Error> {
        out.serialize_entry(name, self)
    }
}

impl<S: Serializer, T: Serialize + Omittable + ?Sized> WriteOptional<S> for T {
    fn is_absent(&self) -> bool {
        Omittable::is_absent(self)
    }

    fn write_optional_field(
        &self,
        out: &mut S::SerializeStruct,
        name: &'static str,
    ) -> Result<(), S::Error> {
        out.serialize_field(name, self)
    }

    fn write_optional_entry(
        &self,
        out: &mut S::SerializeMap,
        name: &'static str,
    ) -> Result<(), S::Error> {
        out.serialize_entry(name, self)
    }
}

/// Writes a `model!` struct without a map of unknown properties: `serialize_struct(name,
/// fields.len())` and its fields by JSON name, in order, as serde's derive does.
pub fn serialize_fields<S: Serializer>(
    serializer: S,
    name: &'static str,
    fields: &[(&'static str, Property<'_, S>)],
) -> Result<S::Ok, S::Error> {
    let mut out = serializer.serialize_struct(name, fields.len())?;
    for (name, field) in fields {
        match field {
            Property::Required(value) => value.write_field(&mut out, name)?,
            Property::Optional(value) if !value.is_absent() => {
                value.write_optional_field(&mut out, name)?
            }
            Property::Optional(_) | Property::ReadOnly => {}
        }
    }
    SerializeStruct::end(out)
}

/// Writes a `model!` struct with a map of unknown properties: a map (as serde's `flatten`
/// makes it) of its fields by JSON name, in order, then the unknown properties.
pub fn serialize_fields_and_map<S: Serializer, V: Serialize>(
    serializer: S,
    fields: &[(&'static str, Property<'_, S>)],
    additional: &BTreeMap<String, V>,
) -> Result<S::Ok, S::Error> {
    let mut out = serializer.serialize_map(None)?;
    for (name, field) in fields {
        match field {
            Property::Required(value) => value.write_entry(&mut out, name)?,
            Property::Optional(value) if !value.is_absent() => {
                value.write_optional_entry(&mut out, name)?
            }
            Property::Optional(_) | Property::ReadOnly => {}
        }
    }
    for (key, value) in additional {
        out.serialize_entry(key, value)?;
    }
    SerializeMap::end(out)
}

/// A property name of a JSON object being read into a `model!` struct:
/// borrowed from the input when the format allows (serde_json from a slice or a string,
/// without escapes), copied otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyName<'de>(Cow<'de, str>);

impl PropertyName<'_> {
    /// The name, as in the input (unescaped).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name as an owned `String` (an unknown property's key in `additional_properties`).
    pub fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl fmt::Display for PropertyName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for PropertyName<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;

        impl<'de> Visitor<'de> for NameVisitor {
            type Value = PropertyName<'de>;

            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a property name")
            }

            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(PropertyName(Cow::Borrowed(v)))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(PropertyName(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(PropertyName(Cow::Owned(v)))
            }

            fn visit_borrowed_bytes<E: de::Error>(self, v: &'de [u8]) -> Result<Self::Value, E> {
                std::str::from_utf8(v)
                    .map(|name| PropertyName(Cow::Borrowed(name)))
                    .map_err(|_| E::invalid_value(de::Unexpected::Bytes(v), &self))
            }

            fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Self::Value, E> {
                std::str::from_utf8(v)
                    .map(|name| PropertyName(Cow::Owned(name.to_owned())))
                    .map_err(|_| E::invalid_value(de::Unexpected::Bytes(v), &self))
            }
        }

        // An identifier, as serde's derive asks for field names (formats may treat them
        // apart from string values).
        deserializer.deserialize_identifier(NameVisitor)
    }
}

/// Reads the value of the property `name` (a named field of a `model!`
/// struct) into `slot`, refusing a property given twice (serde's "duplicate field" error).
pub fn read_property<'de, A, T>(
    map: &mut A,
    slot: &mut Option<T>,
    name: &PropertyName<'_>,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::custom(format_args!("duplicate field `{name}`")));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// The index in `names` (a `model!` struct's JSON names, in its fields' order) of the
/// property `name`, or `None` for a property the struct does not name. One function for every
/// struct: the code per struct then dispatches on an integer (its field's position) instead
/// of comparing the name against each JSON name in turn.
pub fn property_index(names: &[&str], name: &str) -> Option<usize> {
    names.iter().position(|candidate| *candidate == name)
}

/// A field of a `model!` struct being read (`Option<T>`: `None` until its property is
/// read): `model!`'s `Deserialize` reaches its fields by index, through this trait, rather
/// than with code per field.
pub trait PropertySlot<'de, A: MapAccess<'de>> {
    /// Reads the value of the property `name` into the field, refusing a property given
    /// twice ([`read_property`]).
    fn read(&mut self, map: &mut A, name: &PropertyName<'_>) -> Result<(), A::Error>;

    /// For a required property `name` once the input is read: when the input had none,
    /// `None` for an `Option` (a required nullable property), else serde's "missing field"
    /// error — what serde's derive does.
    fn require(&mut self, name: &'static str) -> Result<(), A::Error>;
}

impl<'de, A, T> PropertySlot<'de, A> for Option<T>
where
    A: MapAccess<'de>,
    T: Deserialize<'de>,
{
    fn read(&mut self, map: &mut A, name: &PropertyName<'_>) -> Result<(), A::Error> {
        read_property(map, self, name)
    }

    fn require(&mut self, name: &'static str) -> Result<(), A::Error> {
        if self.is_none() {
            *self = Some(T::deserialize(MissingProperty(
                name,
                std::marker::PhantomData,
            ))?);
        }
        Ok(())
    }
}

/// Checks the required properties of a `model!` struct once its input is read, in the
/// fields' order ([`PropertySlot::require`]): `fields`, their JSON names and whether each
/// is required, in one order. After it, every required field is `Some`.
pub fn require_properties<'de, A: MapAccess<'de>>(
    fields: &mut [&mut dyn PropertySlot<'de, A>],
    names: &[&'static str],
    required: &[bool],
) -> Result<(), A::Error> {
    for ((field, name), required) in fields.iter_mut().zip(names).zip(required) {
        if *required {
            field.require(name)?;
        }
    }
    Ok(())
}

/// The input of a property that is not there: an `Option` reads it as `None`, anything
/// else fails with "missing field".
struct MissingProperty<E>(&'static str, std::marker::PhantomData<E>);

impl<'de, E: de::Error> Deserializer<'de> for MissingProperty<E> {
    type Error = E;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, E> {
        Err(E::missing_field(self.0))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, E> {
        visitor.visit_none()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// Declares a model struct (a schema with `properties`) from its fields, in the schema's
/// order:
///
/// - `pub name: Type,` is a required property: an argument of `new` (as `impl Into<Type>`).
/// - `pub name: Type = None,` is an optional one: not an argument of `new`, which starts it
///   as the value given (the type's `Default`: `None`, `Nullable::Absent`); it is that
///   value when the property is missing and left out when it is absent (through
///   [`Omittable`]).
/// - `..additional_properties: Map,` last, when the schema leaves the object open: a map
///   (`BTreeMap<String, _>`) keeping the properties the schema does not name, sent back as
///   received (after the named ones).
///
/// A field's attributes, in this order: its docs, `#[deprecated(..)]`, and one
/// `#[serde(..)]` giving its JSON name (`rename = "photoUrls"`; without it the field's name
/// is the JSON name; a raw identifier such as `r#type` needs it) and/or `skip_serializing`
/// (read-only: decoded, never sent).
///
/// The struct derives `Debug`, `Clone`, `PartialEq` and implements serde's `Serialize` and
/// `Deserialize` (see the module docs); attributes given before `pub struct` (docs,
/// `#[deprecated]`, more derives) are kept. `pub struct Name: Default` derives `Default` and
/// has no `new` (nothing is required); a plain `pub struct Name` has `new` and no `Default`,
/// which would invent the values the schema requires. A struct whose own attributes are for
/// serde's derive (`#[serde(deny_unknown_fields)]`, from a config) starts with
/// `#![derive_serde]`: it then derives serde's traits, with the same behaviour. Optional
/// fields' skipping names the trait as `crate::runtime::Omittable`: generated crates reach
/// the runtime as `crate::runtime`.
///
/// ```
/// # mod runtime { pub use clientgen_runtime::*; }
/// # fn main() {
/// clientgen_runtime::model! {
///     /// A pet.
///     pub struct Pet {
///         /// Its name.
///         pub name: String,
///         #[serde(rename = "photoUrls")]
///         pub photo_urls: Vec<String>,
///         pub tag: Option<String> = None,
///         #[serde(skip_serializing)]
///         pub id: Option<i64> = None,
///         ..additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
///     }
/// }
///
/// let pet = Pet { id: Some(7), ..Pet::new("Rex", vec!["a.png".to_string()]) };
/// assert_eq!(serde_json::to_string(&pet).unwrap(), r#"{"name":"Rex","photoUrls":["a.png"]}"#);
/// let read: Pet = serde_json::from_str(r#"{"name":"Rex","photoUrls":[],"tag":"dog","age":3}"#).unwrap();
/// assert_eq!(read, Pet {
///     tag: Some("dog".into()),
///     additional_properties: [("age".to_string(), serde_json::json!(3))].into(),
///     ..Pet::new("Rex", Vec::<String>::new())
/// });
/// let missing = serde_json::from_str::<Pet>(r#"{"name":"Rex"}"#).unwrap_err();
/// assert_eq!(missing.to_string(), "missing field `photoUrls` at line 1 column 14");
/// # }
/// ```
#[macro_export]
#[doc(hidden)]
// `crate::runtime::…`, not `$crate::…`: a generated crate reaches the runtime as its
// `runtime` module whether it vendors these sources (then `$crate` is the generated crate)
// or depends on this crate.
#[allow(clippy::crate_in_macro_def)]
macro_rules! __model {
    // The helpers the expansion calls per field first: tried in order, they fail at their
    // first token for everything else.

    // A field's JSON name.
    (@wire $field:ident [rename = $wire:literal $(, skip_serializing)?]) => { $wire };
    (@wire $field:ident [$($attr:tt)*]) => { ::std::stringify!($field) };

    // A field for `serialize_fields`: read-only ones never written, optional ones unless
    // absent.
    (@property $self:ident $field:ident [$(rename = $wire:literal,)? skip_serializing] $default:tt) => {
        crate::runtime::Property::ReadOnly
    };
    (@property $self:ident $field:ident $attr:tt []) => {
        crate::runtime::Property::Required(&$self.$field)
    };
    (@property $self:ident $field:ident $attr:tt [$default:expr]) => {
        crate::runtime::Property::Optional(&$self.$field)
    };

    // A struct with a map of unknown properties is a JSON map (as serde's `flatten` makes
    // it); one without is a struct.
    (@serialize $self:ident $serializer:ident $name:ident $fields:tt [$additional:ty]) => {
        crate::runtime::serialize_fields_and_map(
            $serializer,
            $crate::__model!(@fields $self $fields),
            &$self.additional_properties,
        )
    };
    (@serialize $self:ident $serializer:ident $name:ident $fields:tt []) => {
        crate::runtime::serialize_fields(
            $serializer,
            ::std::stringify!($name),
            $crate::__model!(@fields $self $fields),
        )
    };
    (@fields $self:ident [$( [$($attr:tt)*] $field:ident $default:tt )*]) => {
        &[$(
            (
                $crate::__model!(@wire $field [$($attr)*]),
                $crate::__model!(@property $self $field [$($attr)*] $default),
            ),
        )*]
    };

    (@deserialize $deserializer:ident $name:ident $visitor:ident $names:ident [$additional:ty]) => {
        $deserializer.deserialize_map($visitor)
    };
    (@deserialize $deserializer:ident $name:ident $visitor:ident $names:ident []) => {
        $deserializer.deserialize_struct(::std::stringify!($name), $names, $visitor)
    };

    // Whether a field is required (no default).
    (@required []) => { true };
    (@required [$default:expr]) => { false };

    // A field's pattern once the input is read (`require_properties` made every required
    // one `Some`), and its value: a missing optional property is its default.
    (@pattern $field:ident []) => { ::std::option::Option::Some($field) };
    (@pattern $field:ident [$default:expr]) => { $field };
    (@take $field:ident []) => { $field };
    (@take $field:ident [$default:expr]) => {
        match $field {
            ::std::option::Option::Some(value) => value,
            ::std::option::Option::None => $default,
        }
    };

    // A property the struct does not name: into the map, or read and dropped.
    (@unknown $map:ident $key:ident [$additional:ident $ty:ty]) => {
        $map.next_value().map(|value| {
            $additional.insert($key.into_owned(), value);
        })
    };
    (@unknown $map:ident $key:ident []) => {
        $map.next_value::<::serde::de::IgnoredAny>().map(drop)
    };

    // The serde implementations written out (see the module docs).
    (@custom [$(#[$meta:meta])*] $name:ident [$($default_trait:ident)?]
        { $( [$(#[$field_meta:meta])*] [$($attr:tt)*] $field:ident: $ty:ty [$($default:expr)?], )* }
        [$($additional:ty)?]
    ) => {
        #[derive(
            ::std::fmt::Debug,
            ::std::clone::Clone,
            ::std::cmp::PartialEq,
            $(::std::default::$default_trait,)?
        )]
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                pub $field: $ty,
            )*
            $(
                /// What the schema does not name (`additionalProperties`), by JSON name, sent
                /// back as received.
                pub additional_properties: $additional,
            )?
        }

        $crate::__model!(@new $name [$($default_trait)?] { $( $field: $ty [$($default)?], )* } [$($additional)?]);

        #[allow(deprecated)]
        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                $crate::__model!(@serialize self serializer $name
                    [$( [$($attr)*] $field [$($default)?] )*] [$($additional)?])
            }
        }

        #[allow(deprecated)]
        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(
                deserializer: D,
            ) -> ::std::result::Result<Self, D::Error> {
                // The JSON names, in the fields' order.
                const NAMES: &[&str] = &[$( $crate::__model!(@wire $field [$($attr)*]) ),*];
                const REQUIRED: &[bool] = &[$( $crate::__model!(@required [$($default)?]) ),*];

                struct ModelVisitor;

                impl<'de> ::serde::de::Visitor<'de> for ModelVisitor {
                    type Value = $name;

                    fn expecting(
                        &self,
                        formatter: &mut ::std::fmt::Formatter<'_>,
                    ) -> ::std::fmt::Result {
                        formatter.write_str(::std::concat!("struct ", ::std::stringify!($name)))
                    }

                    fn visit_map<A: ::serde::de::MapAccess<'de>>(
                        self,
                        mut map: A,
                    ) -> ::std::result::Result<$name, A::Error> {
                        $( let mut $field: ::std::option::Option<$ty> = ::std::option::Option::None; )*
                        $( let mut additional = <$additional as ::std::default::Default>::default(); )?
                        // The fields, in the order of `NAMES`: a property's index there
                        // picks its field (a borrow per field, no code).
                        let fields: &mut [&mut dyn crate::runtime::PropertySlot<'de, A>] =
                            &mut [$( &mut $field ),*];
                        while let ::std::option::Option::Some(key) =
                            map.next_key::<crate::runtime::PropertyName<'de>>()?
                        {
                            match crate::runtime::property_index(NAMES, key.as_str()) {
                                ::std::option::Option::Some(index) => {
                                    fields[index].read(&mut map, &key)?
                                }
                                ::std::option::Option::None => {
                                    $crate::__model!(@unknown map key [$(additional $additional)?])?
                                }
                            }
                        }
                        crate::runtime::require_properties(fields, NAMES, REQUIRED)?;
                        match ($( $field, )*) {
                            ($( $crate::__model!(@pattern $field [$($default)?]), )*) => {
                                ::std::result::Result::Ok($name {
                                    $( $field: $crate::__model!(@take $field [$($default)?]), )*
                                    $( additional_properties: ::std::convert::identity::<$additional>(additional), )?
                                })
                            }
                            // A struct without required fields has no other case.
                            #[allow(unreachable_patterns)]
                            _ => ::std::unreachable!("required properties checked"),
                        }
                    }
                }

                $crate::__model!(@deserialize deserializer $name ModelVisitor NAMES [$($additional)?])
            }
        }
    };

    // serde's derive, for structs with serde attributes of their own.
    (@derive [$(#[$meta:meta])*] $name:ident [$($default_trait:ident)?]
        { $( [$(#[$field_meta:meta])*] [$($attr:tt)*] $field:ident: $ty:ty [$($default:expr)?], )* }
        [$($additional:ty)?]
    ) => {
        #[derive(
            ::std::fmt::Debug,
            ::std::clone::Clone,
            ::std::cmp::PartialEq,
            $(::std::default::$default_trait,)?
            ::serde::Serialize,
            ::serde::Deserialize,
        )]
        $(#[$meta])*
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde($($attr)*)]
                $(
                    #[serde(default, skip_serializing_if = "crate::runtime::Omittable::is_absent")]
                    #[cfg_attr(any(), doc = stringify!($default))]
                )?
                pub $field: $ty,
            )*
            $(
                /// What the schema does not name (`additionalProperties`), by JSON name, sent
                /// back as received.
                #[serde(flatten)]
                pub additional_properties: $additional,
            )?
        }

        $crate::__model!(@new $name [$($default_trait)?] { $( $field: $ty [$($default)?], )* } [$($additional)?]);
    };

    // `new`, or nothing for a struct deriving `Default`.
    (@new $name:ident [Default] $fields:tt $additional:tt) => {};
    (@new $name:ident [] { $( $field:ident: $ty:ty [$($default:expr)?], )* } [$($additional:ty)?]) => {
        impl $name {
            /// From the required properties; the others start empty (set them with
            /// `..Self::new(..)`).
            // One argument per required property, however many the schema has; and
            // deprecated properties are set too.
            #[allow(clippy::too_many_arguments, deprecated)]
            pub fn new(
                $(
                    // An optional property is no argument: the parameter is configured out
                    // (the `cfg_attr` only names `$default`, as a `$(…)?` must).
                    $(#[cfg(any())] #[cfg_attr(any(), doc = stringify!($default))])?
                    $field: impl ::std::convert::Into<$ty>,
                )*
            ) -> Self {
                Self {
                    $(
                        $(#[cfg(any())] #[cfg_attr(any(), doc = stringify!($default))])?
                        $field: ::std::convert::Into::into($field),
                        $($field: $default,)?
                    )*
                    $(additional_properties: <$additional as ::std::default::Default>::default(),)?
                }
            }
        }
    };

    // The input: the struct, its fields' attributes in a fixed order (docs, deprecation,
    // one serde attribute), into one form for `@custom` (or `@derive`).
    (@parse $serde:ident
        $(#[$meta:meta])*
        pub struct $name:ident $(: $default_trait:ident)? {
            $(
                $(#[doc = $doc:expr])*
                $(#[deprecated $($deprecated:tt)*])?
                $(#[serde($($attr:tt)*)])?
                pub $field:ident: $ty:ty $(= $default:expr)?,
            )*
            $(..additional_properties: $additional:ty $(,)?)?
        }
    ) => {
        $crate::__model! {
            @$serde [$(#[$meta])*] $name [$($default_trait)?]
            {
                $(
                    [$(#[doc = $doc])* $(#[deprecated $($deprecated)*])?] [$($($attr)*)?]
                    $field: $ty [$($default)?],
                )*
            }
            [$($additional)?]
        }
    };
    (#![derive_serde] $($input:tt)*) => {
        $crate::__model!(@parse derive $($input)*);
    };
    ($($input:tt)*) => {
        $crate::__model!(@parse custom $($input)*);
    };
}
