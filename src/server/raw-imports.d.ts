// Vite's `?raw` imports (a file's text as a string), used by the Worker and its workerd tests.
/// <reference types="vite/client" />
