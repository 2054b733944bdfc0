//! Constructors of generated structs: what a schema's `required` properties become.
//! Generated code declares each struct's `new` with [`constructor!`]: the required
//! properties are spelled out as its arguments, the others listed by name, and the body
//! every constructor shares (convert each argument, start the others empty) comes from
//! here, once (exported like the `enums` module's macros).

/// Declares `new` for a struct: `Name(arg: Type, …) { other, … }` takes each `arg` as
/// `impl Into<Type>` and starts each `other` field as its `Default` (`None`, empty).
///
/// The struct gets no `Default` itself: that would invent the values its schema requires.
/// Attributes given before the name (`#[allow(deprecated)]` when a listed field is
/// deprecated, `#[allow(clippy::too_many_arguments)]`) go on `new`.
///
/// ```
/// #[derive(Debug, PartialEq)]
/// pub struct Pet {
///     pub name: String,
///     pub tag: Option<String>,
///     pub photo_urls: Vec<String>,
/// }
///
/// clientgen_runtime::constructor! {
///     Pet(name: String) { tag, photo_urls }
/// }
///
/// let pet = Pet::new("Rex");
/// assert_eq!((pet.name.as_str(), pet.tag, pet.photo_urls.len()), ("Rex", None, 0));
/// let tagged = Pet { tag: Some("dog".into()), ..Pet::new("Rex") };
/// assert_eq!(tagged.tag.as_deref(), Some("dog"));
/// ```
#[macro_export]
#[doc(hidden)]
macro_rules! __constructor {
    (
        $(#[$meta:meta])*
        $name:ident($( $arg:ident: $ty:ty ),+ $(,)?) { $( $other:ident ),* $(,)? }
    ) => {
        impl $name {
            /// From the required properties; the others start empty (set them with
            /// `..Self::new(..)`).
            $(#[$meta])*
            pub fn new($( $arg: impl ::std::convert::Into<$ty> ),+) -> Self {
                Self {
                    $( $arg: $arg.into(), )+
                    $( $other: ::std::default::Default::default(), )*
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    #[derive(Debug, PartialEq)]
    pub struct Order {
        pub id: i64,
        pub items: Vec<String>,
        pub note: Option<String>,
        #[deprecated]
        pub legacy: Option<bool>,
        pub extra: std::collections::BTreeMap<String, serde_json::Value>,
    }

    crate::__constructor! {
        #[allow(deprecated)]
        Order(id: i64, items: Vec<String>) { note, legacy, extra }
    }

    #[test]
    #[allow(deprecated)]
    fn arguments_are_converted_and_the_other_fields_start_empty() {
        let order = Order::new(7_i32, vec!["a".to_string()]);
        assert_eq!(
            order,
            Order {
                id: 7,
                items: vec!["a".into()],
                note: None,
                legacy: None,
                extra: Default::default(),
            }
        );
    }
}
