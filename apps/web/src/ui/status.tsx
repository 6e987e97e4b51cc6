import { messageOf } from "../api/http.ts";
import ui from "./ui.module.css";

export function Loading(props: { label?: string }) {
  return (
    <p className={ui.muted} role="status">
      {props.label ?? "Loading…"}
    </p>
  );
}

export function QueryError(props: { error: unknown; retry?: () => void }) {
  return (
    <div className={ui.error} role="alert">
      <p>{messageOf(props.error)}</p>
      {props.retry !== undefined && (
        <button type="button" className={ui.secondary} onClick={props.retry}>
          Try again
        </button>
      )}
    </div>
  );
}
