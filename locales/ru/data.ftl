# Passage interface messages (ru): The learner's data: progress, storage, export and import.
