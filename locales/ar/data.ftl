# Passage interface messages (ar): The learner's data: progress, storage, export and import.
