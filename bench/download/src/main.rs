//! Memory of a download through the client: a local server on 127.0.0.1 sends BYTES bytes
//! (64 KiB writes from one buffer, so the server holds no copy); the client reads them
//! either as a stream (`Core::execute_stream`, chunk by chunk) or buffered
//! (`Core::execute`, the body whole in memory). One mode per process, so the peak resident
//! set (`VmHWM` of /proc/self/status) is that mode's alone.
//!
//! Prints one JSON object: mode, body bytes, peak RSS before and after, and the growth.
//!
//! usage: bench-download stream|buffered [BYTES]

use std::io::{Read, Write};
use std::net::TcpListener;

use futures_util::StreamExt;
use service_clients::jellyfin::Client;
use service_clients::runtime::{FromCore, OperationSpec, Request, RequestOptions};

static DOWNLOAD: OperationSpec = OperationSpec {
    id: "download",
    method: service_clients::runtime::HttpMethod::Get,
    path: "/Videos/stream",
    security: &[],
    servers: &[],
    accept: Some("video/mp4"),
};

fn serve(bytes: u64) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("address");
    std::thread::spawn(move || {
        let (mut socket, _) = listener.accept().expect("accept");
        let mut head = Vec::new();
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            socket.read_exact(&mut byte).expect("request head");
            head.push(byte[0]);
        }
        write!(
            socket,
            "HTTP/1.1 200 OK\r\ncontent-type: video/mp4\r\ncontent-length: {bytes}\r\n\r\n"
        )
        .expect("response head");
        let chunk = vec![7u8; 64 * 1024];
        let mut sent = 0;
        while sent < bytes {
            let n = chunk.len().min((bytes - sent) as usize);
            socket.write_all(&chunk[..n]).expect("body");
            sent += n as u64;
        }
    });
    format!("http://{addr}")
}

fn peak_rss() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .expect("VmHWM")
        * 1024
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mode = args.next().unwrap_or_else(|| "stream".into());
    let bytes: u64 = args
        .next()
        .map(|b| b.parse().expect("BYTES"))
        .unwrap_or(100 * 1024 * 1024);
    let base = serve(bytes);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(async {
        let client = Client::new(&base);
        let core = client.core();
        let before = peak_rss();
        let received = match mode.as_str() {
            "stream" => {
                let response = core
                    .execute_stream::<()>(Request::new(&DOWNLOAD), RequestOptions::default())
                    .await
                    .expect("streamed download");
                let mut body = response.into_body();
                let mut n = 0u64;
                while let Some(chunk) = body.next().await {
                    n += chunk.expect("chunk").len() as u64;
                }
                n
            }
            "buffered" => {
                let raw = core
                    .execute::<()>(Request::new(&DOWNLOAD), RequestOptions::default())
                    .await
                    .expect("buffered download");
                raw.body.len() as u64
            }
            other => panic!("mode {other:?}: stream or buffered"),
        };
        assert_eq!(received, bytes, "body length");
        let after = peak_rss();
        println!(
            "{{\"mode\": \"{mode}\", \"body_bytes\": {bytes}, \"peak_rss_before\": {before}, \"peak_rss_after\": {after}, \"growth_bytes\": {}}}",
            after.saturating_sub(before)
        );
    });
}
