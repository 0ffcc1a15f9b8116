//! The teachers' page (`teach.html`): a second, separate app, so the learner's first load carries
//! none of its code.

fn main() {
    passage::teacher::start();
}
