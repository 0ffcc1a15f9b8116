# Passage interface messages (ps): The learner's data: progress, storage, export and import.
