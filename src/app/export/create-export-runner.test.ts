import { describe, expect, it } from "vitest";
import { mallGoTemplate } from "../../core/templates/mall-go";
import { createExportRunner, type WorkerLike } from "./create-export-runner";
import type { ExportReply, ExportRequest } from "./export-protocol";
import { exportPrepared, prepareDesign } from "./prepare-design";

/** A worker that answers only when told to, running the real export. */
class FakeWorker implements WorkerLike {
  received: ExportRequest[] = [];
  terminated = false;
  onmessage: ((e: MessageEvent<ExportReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  postMessage(message: ExportRequest) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  private answered = 0;
  /** Answers every run request not answered yet. */
  answer() {
    const design = this.received.find((m) => m.type === "design");
    if (design?.type !== "design") throw new Error("no design was sent");
    const prepared = prepareDesign(design.json);
    const runs = this.received.filter((m) => m.type === "run");
    for (const m of runs.slice(this.answered)) this.onmessage?.({ data: { seq: m.seq, result: exportPrepared(prepared, m.targetId, m.gatewayId) } } as MessageEvent<ExportReply>);
    this.answered = runs.length;
  }
}

describe("createExportRunner", () => {
  const design = mallGoTemplate();

  it("sends the design once per worker and then only the choices", async () => {
    const w = new FakeWorker();
    const runner = createExportRunner(design, () => w);
    const first = runner.run("nginx");
    w.answer();
    await first;
    const second = runner.run("consul");
    w.answer();
    expect((await second)?.ok).toBe(true);
    expect(w.received.map((m) => m.type)).toEqual(["design", "run", "run"]);
  });

  it("answers with the export of the chosen target", async () => {
    const w = new FakeWorker();
    const runner = createExportRunner(design, () => w);
    const pending = runner.run("nginx");
    w.answer();
    const result = await pending;
    expect(result?.ok && result.output.fileName).toBe("api-gateway.nginx.conf");
  });

  it("stops a worker still busy with an older choice and runs the new one on a fresh worker", async () => {
    const workers: FakeWorker[] = [];
    const runner = createExportRunner(design, () => {
      workers.push(new FakeWorker());
      return workers.at(-1)!;
    });
    const slow = runner.run("kubernetes");
    const fast = runner.run("nginx");
    expect(await slow).toBeUndefined();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.received[0]).toEqual({ type: "design", json: JSON.stringify(design) });
    workers[1]!.answer();
    const result = await fast;
    expect(result?.ok && result.output.fileName).toBe("api-gateway.nginx.conf");
  });

  it("turns a worker crash into a failure the dialog can show", async () => {
    const w = new FakeWorker();
    const runner = createExportRunner(design, () => w);
    const pending = runner.run("nginx");
    w.onerror?.({ message: "out of memory", preventDefault() {} } as ErrorEvent);
    expect(await pending).toEqual({ ok: false, reason: "failed", message: "out of memory" });
    expect(w.terminated).toBe(true);
  });

  it("runs on the main thread where there are no workers", async () => {
    const runner = createExportRunner(design, () => undefined);
    const result = await runner.run("consul");
    expect(result?.ok && result.output.fileName).toBe("consul-services.json");
  });

  it("settles a pending run with nothing when the dialog closes", async () => {
    const w = new FakeWorker();
    const runner = createExportRunner(design, () => w);
    const pending = runner.run("nginx");
    runner.dispose();
    expect(await pending).toBeUndefined();
    expect(w.terminated).toBe(true);
  });
});
