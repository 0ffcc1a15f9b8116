//! The browser entry point: it only starts the app.

fn main() {
    passage::start();
}
