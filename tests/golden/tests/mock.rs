//! The generated mock server (`pets::mock`, cargo feature `mock`) as a user tests their own
//! code with it: `user_code` is written only against the generated client; the tests set
//! expectations with typed values and answers, and see the spec checks fail a request the
//! spec does not allow, naming the operation and the parameter.

use clientgen_golden::pets::mock::MockServer;
use clientgen_golden::pets::types;

/// What a user of the Pets client writes (and wants to test).
mod user_code {
    use clientgen_golden::pets::{types, Client};

    /// The pet called `name`: the listed one, or a new one.
    pub async fn adopt(client: &Client, name: &str) -> Result<types::Pet, String> {
        let listed = client
            .list_pets()
            .limit(50)
            .await
            .map_err(|e| e.to_string())?
            .into_body();
        if let Some(pet) = listed.into_iter().find(|p| p.name == name) {
            return Ok(pet);
        }
        let new = types::NewPet {
            name: name.into(),
            tag: None,
        };
        client
            .create_pet("req-1", &new)
            .await
            .map(|v| v.into_body())
            .map_err(|e| e.to_string())
    }

    /// A client that tags every request with `?debug=1`: a parameter the spec does not
    /// have (the bug the mock catches).
    pub fn debugging_client(base: &str) -> Client {
        struct Debug;
        impl clientgen_golden::runtime::Hook for Debug {
            fn on_request(
                &self,
                _op: &clientgen_golden::runtime::OperationSpec,
                request: &mut clientgen_golden::runtime::reqwest::Request,
            ) -> Result<(), String> {
                request
                    .url_mut()
                    .query_pairs_mut()
                    .append_pair("debug", "1");
                Ok(())
            }
        }
        Client::builder()
            .all_servers(base)
            .no_retries()
            .hook(Debug)
            .build()
            .unwrap()
    }
}

fn pet(id: i64, name: &str) -> types::Pet {
    types::Pet {
        id,
        name: name.into(),
        tag: None,
    }
}

#[tokio::test]
async fn user_code_creates_a_pet_that_is_not_listed() {
    let server = MockServer::start().await;
    server
        .expect_list_pets()
        .limit(50)
        .times(1)
        .respond_200(vec![pet(1, "Rex")])
        .await;
    server
        .expect_create_pet()
        .x_request_id("req-1")
        .body(&types::NewPet {
            name: "Tom".into(),
            tag: None,
        })
        .times(1)
        .respond_201(pet(2, "Tom"))
        .await;
    let adopted = user_code::adopt(&server.client(), "Tom").await.unwrap();
    assert_eq!(adopted, pet(2, "Tom"));
    server.verify();
}

#[tokio::test]
async fn user_code_returns_the_listed_pet_without_creating_one() {
    let server = MockServer::start().await;
    server
        .expect_list_pets()
        .respond_200(vec![pet(1, "Rex")])
        .await;
    server
        .expect_create_pet()
        .times(0)
        .respond_201(pet(9, "x"))
        .await;
    assert_eq!(
        user_code::adopt(&server.client(), "Rex").await.unwrap(),
        pet(1, "Rex")
    );
}

#[tokio::test]
async fn a_documented_error_answer_reaches_user_code_typed() {
    let server = MockServer::start().await;
    server
        .expect_list_pets()
        .respond_default(
            503,
            types::Problem {
                message: "down".into(),
            },
        )
        .await;
    let err = user_code::adopt(&server.client(), "Tom").await.unwrap_err();
    assert!(err.contains("503"), "{err}");
}

#[tokio::test]
async fn a_parameter_the_spec_does_not_allow_fails_naming_operation_and_parameter() {
    let server = MockServer::start().await;
    server.expect_list_pets().respond_200(vec![]).await;
    let client = user_code::debugging_client(&server.uri());
    let err = user_code::adopt(&client, "Tom").await.unwrap_err();
    assert!(err.contains("500"), "{err}");
    assert_eq!(
        server.take_violations(),
        ["operation `listPets` (GET /pets?limit=50&debug=1): query parameter `debug` is not in the spec"]
    );
}

/// Left unread, a violation fails the test when the server is dropped.
#[tokio::test]
#[should_panic(expected = "query parameter `debug` is not in the spec")]
async fn an_unread_violation_fails_the_test() {
    let server = MockServer::start().await;
    server.expect_list_pets().respond_200(vec![]).await;
    let _ = user_code::adopt(&user_code::debugging_client(&server.uri()), "Tom").await;
}

/// Requests the generated client cannot send (sent by hand): each check of the spec.
#[tokio::test]
async fn each_spec_check_names_what_is_wrong() {
    let server = MockServer::start().await;
    server
        .expect_get_pet()
        .pet_id(7)
        .respond_200(pet(7, "Rex"))
        .await;
    let http = clientgen_golden::runtime::reqwest::Client::new();
    let uri = server.uri();
    // A valid request answered by the expectation.
    let ok = http.get(format!("{uri}/pets/7")).send().await.unwrap();
    assert_eq!(ok.status(), 200);
    assert!(server.take_violations().is_empty());
    let cases: Vec<(clientgen_golden::runtime::reqwest::RequestBuilder, &str)> = vec![
        (
            http.get(format!("{uri}/pets/seven")),
            "operation `getPet` (GET /pets/seven): path parameter `petId` = `seven` is not a valid integer",
        ),
        (
            http.get(format!("{uri}/pets?limit=ten")),
            "operation `listPets` (GET /pets?limit=ten): query parameter `limit` = `ten` is not a valid integer",
        ),
        (
            http.post(format!("{uri}/pets")).body(r#"{"name":"Tom"}"#),
            "operation `createPet` (POST /pets): required header parameter `X-Request-Id` is missing",
        ),
        (
            http.post(format!("{uri}/pets"))
                .header("X-Request-Id", "r")
                .body(r#"{"tag":"cat"}"#),
            "operation `createPet` (POST /pets): the request body does not match the spec: missing field `name` at line 1 column 13",
        ),
        (
            http.get(format!("{uri}/pets/8")),
            "operation `getPet` (GET /pets/8): the request is valid but no expectation matches it",
        ),
        (
            http.delete(format!("{uri}/pets/8")),
            "DELETE /pets/8: no operation of the spec has this method and path",
        ),
    ];
    for (request, want) in cases {
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 500, "{want}");
        assert_eq!(response.text().await.unwrap(), want);
        assert_eq!(server.take_violations(), [want]);
    }
}

#[tokio::test]
async fn an_unexploded_array_parameter_matches_its_items() {
    // `tags` is `style: form, explode: false`: the client sends `?tags=a,b`.
    let server = MockServer::start().await;
    server
        .expect_list_pets()
        .tags(vec!["a".to_string(), "b".to_string()])
        .times(1)
        .respond_200(vec![pet(1, "Rex")])
        .await;
    let listed = server
        .client()
        .list_pets()
        .tags(vec!["a".to_string(), "b".to_string()])
        .await
        .unwrap()
        .into_body();
    assert_eq!(listed, vec![pet(1, "Rex")]);
    server.verify();
}
