//! The learner's choices that travel with their progress (an export carries them to a new phone).

/// Settings kept with progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerSettings {
    /// The language the learner reads explanations in (BCP 47, `ar`, `fa-AF`); `None` until chosen.
    pub language: Option<String>,
    /// Whether exercises that play or ask for audio are given (off in a quiet or shared room).
    pub audio: bool,
    /// The name the learner last put on a receipt for their teacher, offered again next time;
    /// `None` until they made one.
    pub receipt_name: Option<String>,
}

impl Default for LearnerSettings {
    fn default() -> Self {
        Self {
            language: None,
            audio: true,
            receipt_name: None,
        }
    }
}
