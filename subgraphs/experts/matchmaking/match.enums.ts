import { registerLabelledEnum } from "../../../platform/federation";

export enum SelectionMode {
  RANKED = "RANKED",
  RANDOM_DRAW = "RANDOM_DRAW",
}
registerLabelledEnum(SelectionMode, "SelectionMode", "遴选方式 How a matching run picks experts among the qualified.", {
  RANKED: "按评分排序",
  RANDOM_DRAW: "随机抽取",
});
