# Passage interface messages (de): The learner's data: progress, storage, export and import.
