//! Request overhead of the generated client against hand-written reqwest code.
//!
//! A hyper server on 127.0.0.1 (its own runtime and thread) answers `GET /Users` with a fixed
//! JSON body (a realistic `UserDto[]` made from the spec by bench/run). The same requests are
//! then made, in alternating rounds, through
//! - `ours`: `service_clients::jellyfin::Client::get_users()` (auth header, tracing span,
//!   retry wrapper, status dispatch, typed decoding), and
//! - `hand`: a `reqwest::Client` with the same Authorization and Accept headers, checking the
//!   status and decoding `.json::<Vec<types::UserDto>>()` — the same model types, so the
//!   ratio measures the client machinery, not serde.
//!
//! Prints one JSON object: per-round microseconds per request for each side.
//!
//! usage: bench-overhead BODY.json [--requests N] [--rounds R] [--warmup W] [--show-requests]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use bytes::Bytes;
use http_body_util::Full;
use hyper::{Request, Response};
use service_clients::jellyfin::{types, Client};

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

struct Args {
    body: String,
    requests: usize,
    rounds: usize,
    warmup: usize,
    show_requests: bool,
}

fn parse_args() -> Args {
    let mut it = std::env::args().skip(1);
    let mut a = Args {
        body: String::new(),
        requests: 500,
        rounds: 15,
        warmup: 300,
        show_requests: false,
    };
    while let Some(x) = it.next() {
        let mut num = |what: &str| -> usize {
            it.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{what} needs a number"))
        };
        match x.as_str() {
            "--requests" => a.requests = num("--requests"),
            "--rounds" => a.rounds = num("--rounds"),
            "--warmup" => a.warmup = num("--warmup"),
            "--show-requests" => a.show_requests = true,
            _ => a.body = x,
        }
    }
    assert!(
        !a.body.is_empty(),
        "usage: bench-overhead BODY.json [--requests N] [--rounds R]"
    );
    a
}

/// The server: one worker thread, keep-alive HTTP/1.1, the same body for every `GET /Users`.
/// The first request heads are kept so `--show-requests` can show both sides send the same.
fn start_server(body: Bytes, heads: Arc<Mutex<Vec<String>>>) -> SocketAddr {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("server runtime");
        rt.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
                .await
                .expect("bind");
            tx.send(listener.local_addr().expect("addr"))
                .expect("send addr");
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let body = body.clone();
                let heads = heads.clone();
                tokio::spawn(async move {
                    let svc =
                        hyper::service::service_fn(move |req: Request<hyper::body::Incoming>| {
                            let body = body.clone();
                            let heads = heads.clone();
                            async move {
                                {
                                    let mut h = heads.lock().expect("lock");
                                    if h.len() < 4 {
                                        let mut s = format!("{} {}\n", req.method(), req.uri());
                                        for (k, v) in req.headers() {
                                            s.push_str(&format!(
                                                "  {k}: {}\n",
                                                v.to_str().unwrap_or("?")
                                            ));
                                        }
                                        h.push(s);
                                    }
                                }
                                let resp = if req.uri().path() == "/Users" {
                                    Response::builder()
                                        .status(200)
                                        .header("content-type", "application/json; charset=utf-8")
                                        .body(Full::new(body))
                                } else {
                                    Response::builder()
                                        .status(404)
                                        .body(Full::new(Bytes::new()))
                                };
                                Ok::<_, Infallible>(resp.expect("response"))
                            }
                        });
                    let io = hyper_util::rt::TokioIo::new(stream);
                    let _ = hyper::server::conn::http1::Builder::new()
                        .keep_alive(true)
                        .serve_connection(io, svc)
                        .await;
                });
            }
        });
    });
    rx.recv().expect("server address")
}

async fn ours(client: &Client) -> usize {
    let resp = client
        .get_users()
        .await
        .unwrap_or_else(|e| panic!("generated client: get_users: {e}"));
    resp.body().len()
}

/// What a person writes without a generator: the same headers, status check, typed decode.
async fn hand(http: &reqwest::Client, url: &str, auth: &str) -> usize {
    let resp = http
        .get(url)
        .header(reqwest::header::AUTHORIZATION, auth)
        .header(reqwest::header::ACCEPT, "application/json")
        .send()
        .await
        .expect("hand-written: send");
    let resp = resp.error_for_status().expect("hand-written: status");
    let users: Vec<types::UserDto> = resp.json().await.expect("hand-written: decode");
    users.len()
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).expect("no NaN"));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn main() {
    let args = parse_args();
    let body = Bytes::from(std::fs::read(&args.body).expect("read body file"));
    let expected: Vec<serde_json::Value> =
        serde_json::from_slice(&body).expect("body is a JSON array");
    let heads = Arc::new(Mutex::new(Vec::new()));
    let addr = start_server(body.clone(), heads.clone());
    let base = format!("http://{addr}");

    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("client runtime");
    rt.block_on(async {
        let client = Client::builder()
            .base_url(&base)
            .client_info("bench", "host", "device-1", "1.0.0")
            .build()
            .expect("client")
            .with_token(TOKEN);
        // The Authorization header the generated client sends, reused verbatim by `hand`.
        let probe = client
            .get_users()
            .await
            .unwrap_or_else(|e| panic!("generated client: get_users: {e}"));
        assert_eq!(probe.body().len(), expected.len(), "decoded user count");
        let auth = {
            let h = heads.lock().expect("lock");
            h[0].lines()
                .find_map(|l| l.trim().strip_prefix("authorization: ").map(str::to_string))
                .expect("generated client sent an authorization header")
        };
        let http = reqwest::Client::builder().build().expect("reqwest client");
        let url = format!("{base}/Users");
        assert_eq!(hand(&http, &url, &auth).await, expected.len());
        if args.show_requests {
            for h in heads.lock().expect("lock").iter().take(2) {
                eprint!("{h}");
            }
        }

        for _ in 0..args.warmup {
            ours(&client).await;
            hand(&http, &url, &auth).await;
        }
        let (mut o, mut h) = (Vec::new(), Vec::new());
        for round in 0..args.rounds {
            // Alternate which side goes first so drift in the machine hits both alike.
            for side in [round % 2, 1 - round % 2] {
                let start = Instant::now();
                let mut n = 0;
                for _ in 0..args.requests {
                    n += if side == 0 {
                        ours(&client).await
                    } else {
                        hand(&http, &url, &auth).await
                    };
                }
                let us = start.elapsed().as_secs_f64() * 1e6 / args.requests as f64;
                assert_eq!(n, args.requests * expected.len());
                if side == 0 {
                    o.push(us)
                } else {
                    h.push(us)
                }
            }
        }
        let (mo, mh) = (median(&mut o.clone()), median(&mut h.clone()));
        println!(
            "{}",
            serde_json::json!({
                "requests_per_round": args.requests,
                "rounds": args.rounds,
                "body_bytes": body.len(),
                "users": expected.len(),
                "ours_us": o,
                "hand_us": h,
                "ours_median_us": mo,
                "hand_median_us": mh,
                "ratio": mo / mh,
            })
        );
    });
}
