import { describe, expect, it } from "vitest";
import { openLibsqlClient } from "../src/db/node-client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { createDeps } from "../src/deps.js";
import { createPlanImporter } from "../src/ingest/importer.js";
import { loadDeploymentRestorer, storedNames } from "../src/ingest/restorer.js";
import { SEEDS_DIR } from "./helpers/bot-env.js";

/** A clean plan written for this test, in the genre's pattern, using words the seeds never do. */
const CLEAN_PLAN = `ỦY BAN NHÂN DÂN HUYỆN
KẾ HOẠCH
Tuyên truyền đăng ký khai sinh, đăng ký kết hôn năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Vận động người dân đăng ký khai sinh cho trẻ đúng hạn; đăng ký khai sinh lưu động tại các bản vùng cao.

II. NHIỆM VỤ
1. Phòng Tư pháp chủ trì hướng dẫn đăng ký khai sinh, đăng ký kết hôn, cấp bản sao trích lục.
2. Ủy ban nhân dân các xã rà soát trẻ chưa đăng ký khai sinh, báo cáo trước ngày 15/12/2025.
`;

/** A scan's line with the damage the OCR seeds show. */
const SCAN = "huong dan dang ky két hon luu dong tai cac ban vung cao";

const READ = "hướng dẫn đăng ký kết hôn lưu động tại các bản vùng cao";

async function deployment() {
  const client = await openLibsqlClient(":memory:");
  const deps = createDeps(client, () => {});
  await migrateDatabase(deps.db);
  return { client, deps };
}

describe("a deployment reads its scans better as it imports clean plans", () => {
  it("learns each clean plan it imports, and reads the next scan with its words", async () => {
    const { client, deps } = await deployment();
    const restorer = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    const before = restorer.restore(SCAN);
    expect(before).not.toBe(READ);
    const importer = createPlanImporter({ db: deps.db, restorer });
    expect((await importer.importText(CLEAN_PLAN, "dang-ky-khai-sinh.txt")).status).toBe("created");
    expect(restorer.restore(SCAN)).toBe(READ);
    // Importing it again teaches nothing twice: the reading is the same.
    await importer.importText(CLEAN_PLAN, "dang-ky-khai-sinh.txt");
    expect(restorer.restore(SCAN)).toBe(READ);

    // The next start of the same deployment learns it from the database.
    const restarted = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    expect(restarted.restore(SCAN)).toBe(READ);
    client.close();
  });

  it("does not learn from a scan", async () => {
    const { client, deps } = await deployment();
    const restorer = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    const importer = createPlanImporter({ db: deps.db, restorer });
    const scan = CLEAN_PLAN.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    const result = await importer.importText(scan, "scan.txt");
    expect(result.status).toBe("created");
    const restarted = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    expect(restarted.restore(SCAN)).toBe(restorer.restore(SCAN));
    client.close();
  });
});

/** A clean plan that names its district in its header only (a stored plan keeps the header as its issuer). */
const CLEAN_DISTRICT_PLAN = `ỦY BAN NHÂN DÂN
HUYỆN NẬM NHÙN

Số: 45/KH-UBND

KẾ HOẠCH
Phòng, chống tai nạn thương tích cho trẻ em năm 2026

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cha mẹ và cộng đồng về phòng, chống tai nạn thương tích cho trẻ em.

II. NHIỆM VỤ
1. Phòng Giáo dục và Đào tạo chủ trì tổ chức dạy bơi an toàn cho học sinh, báo cáo trước ngày 15/11/2026.
2. Trạm y tế các xã hướng dẫn sơ cứu ban đầu cho trẻ bị tai nạn.
`;

describe("a deployment reads the place names of its own plans", () => {
  it("reads a damaged district name once a clean plan issued there is stored, after a restart too", async () => {
    const { client, deps } = await deployment();
    const scan = "Cac x4 trén dia ban huyén Nam Nhun bao cao két qua";
    const before = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    expect(before.restore(scan)).not.toContain("Nậm Nhùn");
    const importer = createPlanImporter({ db: deps.db, restorer: before });
    await importer.importText(CLEAN_DISTRICT_PLAN, "tai-nan-thuong-tich.txt");
    expect(await storedNames(deps.db)).toContain("UBND huyện Nậm Nhùn");
    // Restarted: the plan's parts never name the district; its issuer does.
    const restarted = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    expect(restarted.restore(scan)).toBe("Các xã trên địa bàn huyện Nậm Nhùn báo cáo kết quả");
    client.close();
  });
});

describe("a scan is searchable as restored and as scanned", () => {
  it("finds a passage by its restored words and by the scan's own spelling of them", async () => {
    const { client, deps } = await deployment();
    const restorer = await loadDeploymentRestorer(deps.db, SEEDS_DIR);
    const importer = createPlanImporter({ db: deps.db, restorer });
    const scan = `UY BAN NHAN DAN HUYEN
KE HOACH
Phong, chong dudi nudc cho tré em nam 2025

I. MUC PiCH, YEU CAU
Nang cao nhan thuc ciia cha me vé phong, chong dudi nudc cho tré em.

II. NHIEM VU
1. Phong Giao duc va Pao tao chu tri day boi an toan cho hoc sinh tiéu hoc.
2. Uy ban nhan dan cac x4 ra soat cac ao, ho, séng, suéi nguy hiém dé canh bao.
`;
    const { status, planId } = await importer.importText(scan, "scan.txt");
    expect(status).toBe("created");
    const found = async (words: string[]) => (await deps.queries.search(words, { mode: "all" })).filter((h) => h.planId === planId).length;
    expect(await found(["duoi", "nuoc"])).toBeGreaterThan(0);
    expect(await found(["dudi", "nudc"])).toBeGreaterThan(0);
    expect(await found(["cua", "cha", "me"])).toBeGreaterThan(0);
    expect(await found(["ciia", "cha", "me"])).toBeGreaterThan(0);
    client.close();
  });
});
