import { z } from "zod";

export const Id = z.string().min(1).max(64);
export const Timestamp = z.iso.datetime({ offset: true });

/** A path parameter `:id`. */
export const IdParam = z.strictObject({ id: Id });
