// Entry point: styles, languages, then the React app in #root.
import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import "./i18n/setup.ts";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.tsx";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
