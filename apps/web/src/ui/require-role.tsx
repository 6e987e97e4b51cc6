// Screens for one kind of account: anyone else is sent where they belong.
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useMe } from "../api/session.ts";
import type { Me } from "../api/types.ts";
import { Loading, QueryError } from "./status.tsx";

export function RequireRole(props: { role: Me["role"]; children: (me: Me) => ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} retry={() => void me.refetch()} />;
  if (me.data === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (me.data.role !== props.role) return <Navigate to="/" replace />;
  return props.children(me.data);
}

/** Where "/" leads: the signed-in person's own area, or sign-in. */
export function HomeRedirect() {
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (me.isError) return <QueryError error={me.error} />;
  if (me.data === null) return <Navigate to="/sign-in" replace />;
  return <Navigate to={me.data.role === "therapist" ? "/therapist" : "/app"} replace />;
}
