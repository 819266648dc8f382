package io.strandwatch.simulator;

/** The wire protocols the simulator speaks. */
public enum Provider {
    OPENAI,
    AZURE_OPENAI,
    ANTHROPIC,
    BEDROCK,
    GEMINI,
    /** Gemini models through Vertex AI's project and location paths. */
    VERTEX_AI,
    OLLAMA
}
