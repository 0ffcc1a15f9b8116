# Passage interface messages (tr): The learner's data: progress, storage, export and import.
