# Passage interface messages (es): The learner's data: progress, storage, export and import.
